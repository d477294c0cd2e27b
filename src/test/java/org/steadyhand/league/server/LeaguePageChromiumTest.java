package org.steadyhand.league.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live league page in Debian's headless Chromium (installed by .ci/run): it shows the board,
 * shows names as text, and picks up a new score without reloading.
 */
class LeaguePageChromiumTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void pageShowsTheBoardAndUpdatesWithoutReloading() throws Exception {
        var chromium = HeadlessChromium.find();
        assumeTrue(chromium.isPresent(), "chromium is not installed (sudo apt install chromium); .ci/run installs it");
        try (RunningLeague league = new RunningLeague(folder.resolve("db"), RunningLeague.unlimited());
                HeadlessChromium browser = new HeadlessChromium(chromium.get(), folder.resolve("profile"))) {
            String token = league.workstationToken("ws-1");
            league.submit(token, UUID.randomUUID(), "Alice <b>bold</b>", "forceps", 70, T0);

            browser.navigate(league.uri("/").toString());
            String first = awaitText(browser, "Alice");
            browser.evaluate("window.sameDocument = 'yes'");
            league.submit(token, UUID.randomUUID(), "Bob", "forceps", 90, T0);
            String second = awaitText(browser, "Bob");

            assertThat(first).contains("Alice <b>bold</b>").contains("70.0");
            assertThat(browser.evaluate("document.querySelectorAll('#standings b').length"))
                    .isEqualTo("0");
            assertThat(second).startsWith("1\tBob\t90.0");
            assertThat(browser.evaluate("window.sameDocument")).isEqualTo("yes");
            assertThat(Integer.parseInt(browser.evaluate("document.getElementById('status').dataset.updates")))
                    .isGreaterThan(1);
        }
    }

    /** The board's text once it contains {@code expected}; polls up to 15 s (the page polls every 2 s). */
    private static String awaitText(HeadlessChromium browser, String expected) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        String text = "";
        while (System.nanoTime() < deadline) {
            text = browser.evaluate(
                    "document.getElementById('standings') ? document.getElementById('standings').innerText : ''");
            if (text.contains(expected)) {
                return text;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the page never showed " + expected + "; it showed: " + text);
    }
}

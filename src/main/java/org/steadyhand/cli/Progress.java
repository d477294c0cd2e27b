package org.steadyhand.cli;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * A one-line progress display on stderr for long commands, redrawn in place, at most twice a
 * second. Silent when stderr is not a terminal, so logs and scripts stay clean.
 */
final class Progress {
    private final PrintWriter err;
    private final String label;
    private final Duration total;
    private final boolean enabled;
    private long lastDrawMillis;

    Progress(PrintWriter err, String label, Duration total) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.enabled = Terminal.stderrIsTerminal();
    }

    void at(Duration elapsed) {
        fraction(elapsed.toMillis() / 1000.0, total.toMillis() / 1000.0, "s");
    }

    void fraction(double done, double all, String unit) {
        long now = System.currentTimeMillis();
        if (!enabled || now - lastDrawMillis < 500) {
            return;
        }
        lastDrawMillis = now;
        int percent = all <= 0 ? 100 : (int) Math.min(100, Math.round(100 * done / all));
        err.printf("\r%s: %.0f / %.0f %s (%d%%)   ", label, done, all, unit, percent);
        err.flush();
    }

    void done() {
        if (enabled && lastDrawMillis != 0) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}

package org.steadyhand.league.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.core.SessionId;
import org.steadyhand.core.TraineeId;
import org.steadyhand.league.Role;
import org.steadyhand.league.server.LeagueServer;
import org.steadyhand.league.server.LeagueStore;
import org.steadyhand.store.Database;
import org.steadyhand.store.LeagueOutbox;
import org.steadyhand.store.OutboxEntry;

/**
 * 10,000 scores through the real sync client to the real server while the server is stopped and
 * restarted several times and requests fail at random, before reaching the server or after it
 * stored the score (the reply lost): the server must end with each score exactly once.
 */
class ExactlyOnceSyncTest {
    private static final int SCORES = 10_000;
    private static final int RESTARTS = 4;

    @TempDir
    Path folder;

    /** The real HTTP client, with requests failing at random before or after reaching the server. */
    private static final class FlakyApi implements LeagueApi {
        private final LeagueApi real;
        private final Random random = new Random(7);
        final AtomicInteger lostRequests = new AtomicInteger();
        final AtomicInteger lostReplies = new AtomicInteger();

        FlakyApi(LeagueApi real) {
            this.real = real;
        }

        @Override
        public Reply submit(String accessToken, OutboxEntry entry) throws IOException, InterruptedException {
            double dice = random.nextDouble();
            if (dice < 0.05) {
                lostRequests.incrementAndGet();
                throw new IOException("injected: request lost");
            }
            Reply reply = real.submit(accessToken, entry);
            if (dice < 0.10) {
                lostReplies.incrementAndGet();
                throw new IOException("injected: reply lost after the server answered " + reply);
            }
            return reply;
        }

        @Override
        public Optional<String> refresh(String refreshToken) throws IOException, InterruptedException {
            return real.refresh(refreshToken);
        }
    }

    @Test
    void everyScoreArrivesExactlyOnceThroughRestartsAndRandomFailures() throws Exception {
        String serverUrl = "jdbc:h2:file:" + folder.resolve("server/league");
        LeagueStore store = LeagueStore.open(serverUrl, "sa", "");
        LeagueServer server = LeagueServer.start(store, config(0), Clock.systemUTC());
        int port = server.port();
        URI base = URI.create("http://127.0.0.1:" + port);

        try (Database workstation = Database.open(folder.resolve("workstation"))) {
            LeagueOutbox outbox = new LeagueOutbox(workstation);
            LeaguePairing pairing = new LeaguePairing(base);
            LeaguePairing.Ticket ticket = pairing.request("Rig 1");
            approve(base, ticket.code(), server.issueToken("instructor", Role.INSTRUCTOR, Duration.ofMinutes(5)));
            LeagueOutbox.Link link =
                    pairing.poll(ticket, outbox, Clock.systemUTC()).orElseThrow();
            List<OutboxEntry> entries = scores();
            outbox.enqueueAll(entries, Instant.now());

            FlakyApi api = new FlakyApi(HttpLeagueApi.to(base));
            Backoff quick = new Backoff(Duration.ofMillis(5), Duration.ofMillis(200));
            try (SyncSender sender = new SyncSender(
                            outbox, api, link.refreshToken(), quick, Clock.systemUTC(), Duration.ofMillis(50))
                    .start()) {
                for (int restart = 0; restart < RESTARTS; restart++) {
                    Thread.sleep(600);
                    server.close();
                    store.close();
                    Thread.sleep(300); // the sender meets a closed port meanwhile
                    store = LeagueStore.open(serverUrl, "sa", "");
                    server = LeagueServer.start(store, config(port), Clock.systemUTC());
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (outbox.counts().pending() > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(outbox.counts()).isEqualTo(new LeagueOutbox.Counts(0, SCORES, 0));
                assertThat(api.lostReplies.get()).isGreaterThan(100);
                assertThat(api.lostRequests.get()).isGreaterThan(100);
            }

            Map<String, Integer> copies = storedCopies(serverUrl);
            assertThat(copies).hasSize(SCORES);
            assertThat(copies.values()).containsOnly(1);
            assertThat(copies.keySet())
                    .containsExactlyInAnyOrderElementsOf(entries.stream()
                            .map(e -> e.session().value().toString())
                            .toList());
            assertThat(server.index().size("forceps")).isEqualTo(50);
        } finally {
            server.close();
            store.close();
        }
    }

    private static LeagueServer.Config config(int port) {
        return LeagueServer.Config.defaults()
                .withBind("127.0.0.1")
                .withPort(port)
                .withRate(0, 1);
    }

    private static List<OutboxEntry> scores() {
        List<TraineeId> trainees = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            trainees.add(new TraineeId(UUID.randomUUID()));
        }
        List<OutboxEntry> entries = new ArrayList<>();
        Instant t0 = Instant.parse("2026-03-01T08:00:00Z");
        for (int i = 0; i < SCORES; i++) {
            entries.add(new OutboxEntry(
                    SessionId.newId(t0.toEpochMilli() + i),
                    trainees.get(i % trainees.size()),
                    "Trainee " + (i % trainees.size()),
                    "forceps",
                    (i * 37) % 1001 / 10.0,
                    t0.plusSeconds(i),
                    0));
        }
        return entries;
    }

    private static void approve(URI base, String code, String instructorToken) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(base.resolve("/api/v1/pairing/" + code + "/approve"))
                                .header("Authorization", "Bearer " + instructorToken)
                                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    /** How often each submission id is stored, read straight from the server's database. */
    private static Map<String, Integer> storedCopies(String url) throws Exception {
        Map<String, Integer> copies = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement select = connection.createStatement();
                ResultSet row = select.executeQuery(
                        "SELECT submission_id, COUNT(*) FROM league_score GROUP BY submission_id")) {
            while (row.next()) {
                copies.put(row.getString(1), row.getInt(2));
            }
        }
        return copies;
    }
}

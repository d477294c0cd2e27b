package org.steadyhand.league.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.core.SessionId;
import org.steadyhand.core.TraineeId;
import org.steadyhand.league.server.LeagueServer;
import org.steadyhand.league.server.LeagueStore;
import org.steadyhand.store.Database;
import org.steadyhand.store.LeagueOutbox;
import org.steadyhand.store.OutboxEntry;

class SyncSenderTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Backoff QUICK = new Backoff(Duration.ofMillis(20), Duration.ofMillis(100));

    @TempDir
    Path folder;

    @Test
    void backoffDoublesUpToItsCeiling() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(60));

        assertThat(List.of(1, 2, 3, 8, 40).stream().map(backoff::ceiling).map(Duration::toMillis))
                .containsExactly(500L, 1_000L, 2_000L, 60_000L, 60_000L);
        assertThat(backoff.delay(3, 0.5)).isEqualTo(Duration.ofMillis(1_000));
    }

    @Test
    void withoutAServerScoresWaitAndTheStatusSaysOffline() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        try (Database workstation = Database.open(folder)) {
            LeagueOutbox outbox = new LeagueOutbox(workstation);
            outbox.enqueue(entry(new TraineeId(UUID.randomUUID())), T0);
            List<SyncStatus> seen = new CopyOnWriteArrayList<>();
            HttpLeagueApi api = HttpLeagueApi.to(URI.create("http://127.0.0.1:" + closedPort));

            try (SyncSender sender =
                    new SyncSender(outbox, api, "refresh", QUICK, Clock.systemUTC(), Duration.ofSeconds(1))) {
                sender.onStatus(seen::add);
                sender.start();
                SyncStatus offline = await(sender, s -> s.state() == SyncStatus.State.OFFLINE);

                assertThat(offline.pending()).isEqualTo(1);
                assertThat(offline.nextAttempt()).isPresent();
                assertThat(offline.lastError()).isPresent();
            }
            assertThat(seen).extracting(SyncStatus::state).contains(SyncStatus.State.OFFLINE);
            assertThat(outbox.counts().pending()).isEqualTo(1);
        }
    }

    @Test
    void refusedScoresAreSetAsideAndAnUnknownPairingIsReported() throws Exception {
        LeagueStore store = LeagueStore.open("jdbc:h2:file:" + folder.resolve("server/league"), "sa", "");
        LeagueServer.Config config =
                LeagueServer.Config.defaults().withBind("127.0.0.1").withPort(0).withRate(0, 1);
        try (store;
                LeagueServer server = LeagueServer.start(store, config, Clock.systemUTC());
                Database workstation = Database.open(folder.resolve("ws"))) {
            URI base = URI.create("http://127.0.0.1:" + server.port());
            TraineeId someoneElses = new TraineeId(UUID.randomUUID());
            new HttpLeagueApi(base, java.net.http.HttpClient.newHttpClient())
                    .submit(server.issueWorkstationToken("ws-other", Duration.ofMinutes(1)), entry(someoneElses));
            LeagueOutbox outbox = new LeagueOutbox(workstation);
            outbox.enqueue(entry(someoneElses), T0);
            LeagueApi mine = new LeagueApi() {
                private final HttpLeagueApi real = HttpLeagueApi.to(base);

                @Override
                public Reply submit(String token, OutboxEntry entry) throws java.io.IOException, InterruptedException {
                    return real.submit(token, entry);
                }

                @Override
                public java.util.Optional<String> refresh(String refreshToken) {
                    return java.util.Optional.of(server.issueWorkstationToken("ws-mine", Duration.ofMinutes(1)));
                }
            };

            try (SyncSender sender =
                    new SyncSender(outbox, mine, "r", QUICK, Clock.systemUTC(), Duration.ofSeconds(1)).start()) {
                SyncStatus done = await(sender, s -> s.state() == SyncStatus.State.UP_TO_DATE);

                assertThat(done.rejected()).isEqualTo(1);
                assertThat(done.pending()).isZero();
            }
            outbox.enqueue(entry(new TraineeId(UUID.randomUUID())), T0);
            try (SyncSender revoked = new SyncSender(
                            outbox, HttpLeagueApi.to(base), "unknown", QUICK, Clock.systemUTC(), Duration.ofSeconds(1))
                    .start()) {
                SyncStatus status = await(revoked, s -> s.state() == SyncStatus.State.PAIRING_REVOKED);

                assertThat(status.pending()).isEqualTo(1);
                assertThat(status.lastError())
                        .hasValueSatisfying(m -> assertThat(m).contains("pair again"));
            }
        }
    }

    private static OutboxEntry entry(TraineeId trainee) {
        return new OutboxEntry(SessionId.newId(T0.toEpochMilli()), trainee, "Dana", "forceps", 55, T0, 0);
    }

    private static SyncStatus await(SyncSender sender, Predicate<SyncStatus> condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            SyncStatus status = sender.status();
            if (condition.test(status)) {
                return status;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("sync status never matched; last " + sender.status());
    }
}

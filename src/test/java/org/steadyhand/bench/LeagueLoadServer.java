package org.steadyhand.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.steadyhand.league.LeagueScore;
import org.steadyhand.league.server.LeagueServer;
import org.steadyhand.league.server.LeagueStore;

/**
 * The league server for the load benchmark ({@code bin/league-bench}): seeds its H2 database with
 * {@code scores} scores of 20,000 trainees over the five modules (once; reused while the count
 * matches), starts without a rate limit on 127.0.0.1, writes a workstation token and the trainee
 * ids for the load client next to the database, and serves until killed.
 *
 * <p>Arguments: FOLDER PORT SCORES.
 */
public final class LeagueLoadServer {
    private static final String[] MODULES = {
        "anti-tremor", "forceps", "capsulorhexis", "air-rifle-10m", "air-pistol-10m"
    };
    private static final int TRAINEES = 20_000;

    private LeagueLoadServer() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        Files.createDirectories(folder);
        LeagueStore store = LeagueStore.open(
                "jdbc:h2:file:" + folder.resolve("league") + System.getProperty("bench.h2", ""), "sa", "");
        List<UUID> trainees = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < TRAINEES; i++) {
            trainees.add(new UUID(random.nextLong(), random.nextLong()));
        }
        long stored = store.countScores();
        if (stored == 0) {
            long start = System.nanoTime();
            Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
            List<LeagueScore> batch = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int t = i % TRAINEES;
                // Session ids are UUIDv7 (time first), so submissions arrive in key order.
                batch.add(new LeagueScore(
                        new UUID((t0.toEpochMilli() + i) << 16 | 0x7000L, random.nextLong() >>> 2 | Long.MIN_VALUE),
                        trainees.get(t),
                        "Trainee " + t,
                        MODULES[random.nextInt(MODULES.length)],
                        Math.round(random.nextDouble() * 1000) / 10.0,
                        t0.plusSeconds(random.nextInt(30 * 86_400))));
            }
            store.importScores(batch, "ws-bench", Instant.now());
            System.out.printf("seeded %d scores in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
        } else {
            System.out.printf("reusing %d stored scores%n", stored);
        }
        long start = System.nanoTime();
        LeagueServer server = LeagueServer.start(
                store,
                LeagueServer.Config.defaults()
                        .withBind("127.0.0.1")
                        .withPort(port)
                        .withRate(0, 1),
                Clock.systemUTC());
        System.out.printf(
                "boards loaded and listening on %d after %.1f s%n", server.port(), (System.nanoTime() - start) / 1e9);
        Files.writeString(folder.resolve("token"), server.issueWorkstationToken("ws-bench", Duration.ofHours(2)));
        Files.write(
                folder.resolve("trainees"),
                trainees.stream().map(UUID::toString).toList());
        Files.writeString(folder.resolve("ready"), "ready\n");
        Thread.currentThread().join();
    }
}

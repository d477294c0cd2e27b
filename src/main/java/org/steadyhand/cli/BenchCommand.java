package org.steadyhand.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.steadyhand.device.SourceFactory;
import org.steadyhand.device.SourceRegistry;
import org.steadyhand.device.SourceSpec;
import org.steadyhand.session.LiveRig;
import org.steadyhand.session.Recording;
import org.steadyhand.session.SessionStatus;
import org.steadyhand.store.Database;
import org.steadyhand.store.SessionCatalog;
import org.steadyhand.store.WorkstationStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code steadyhand bench}: measures sustained recording throughput into H2 through the real path
 * (pipeline, lossless recorder subscription, chunked telemetry, periodic commits) in a scratch
 * database, and prints the numbers.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure how many samples per second this machine can record (scratch database).")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--seconds", defaultValue = "5", description = "How long to record (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--channels", defaultValue = "32", description = "Channels at 1 kHz (default ${DEFAULT-VALUE}).")
    int channels;

    @Option(names = "--block", defaultValue = "100", description = "Samples per block (default ${DEFAULT-VALUE}).")
    int blockSamples;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (seconds < 1 || channels < 1 || channels > 1000 || blockSamples < 1 || blockSamples > 100_000) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--seconds must be >= 1, --channels 1..1000 and --block 1..100000");
        }
        Path scratch = Files.createTempDirectory("steadyhand-bench");
        try (Database database = Database.open(scratch)) {
            BurstSource source = new BurstSource(channels, blockSamples);
            SourceRegistry registry = new SourceRegistry(List.of(new SourceFactory() {
                @Override
                public String scheme() {
                    return "sim";
                }

                @Override
                public BurstSource create(SourceSpec sourceSpec, org.steadyhand.device.SourceContext context) {
                    return source;
                }
            }));
            Recording recording;
            long startNanos;
            try (LiveRig rig = LiveRig.open(registry, List.of("sim"), "bench")) {
                recording = Recording.start(rig, new WorkstationStore(database), "benchmark", "{}");
                startNanos = System.nanoTime();
                source.release(rig.clock());
                Thread.sleep(seconds * 1000L);
            }
            recording.stop(SessionStatus.COMPLETED, null);
            double elapsedSeconds = (System.nanoTime() - startNanos) / 1e9;
            long samples = SessionJson.totalSamples(new SessionCatalog(database).get(recording.id()));
            database.close(); // H2 compacts briefly on close; measure the file as it stays on disk
            print(
                    samples,
                    elapsedSeconds,
                    database.fileSizeBytes(),
                    recording.recorderStallCount(),
                    source.publishedSamples());
        } finally {
            deleteTree(scratch);
        }
        return 0;
    }

    private void print(long samples, double elapsedSeconds, long fileBytes, long stalls, long published) {
        var out = spec.commandLine().getOut();
        out.printf("recording throughput: %.2f million samples/s%n", samples / elapsedSeconds / 1e6);
        out.printf(
                "  %d samples stored of %d published, %d channels at 1 kHz in blocks of %d, %.1f s including the final drain%n",
                samples, published, channels, blockSamples, elapsedSeconds);
        out.printf(
                "  database file %.1f MB, %.2f bytes per sample; source waited for the recorder %d times%n",
                fileBytes / 1e6, samples == 0 ? 0.0 : (double) fileBytes / samples, stalls);
        out.flush();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

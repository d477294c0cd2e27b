package org.steadyhand.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.steadyhand.device.SourceRegistry;
import org.steadyhand.device.sim.SimulatedRigFactory;
import org.steadyhand.session.LiveRig;
import org.steadyhand.session.ModuleCatalog;
import org.steadyhand.session.Recording;
import org.steadyhand.session.SessionStatus;
import org.steadyhand.store.Database;
import org.steadyhand.store.SessionCatalog;
import org.steadyhand.store.SessionFilter;
import org.steadyhand.store.SessionListing;
import org.steadyhand.store.StoredChannel;
import org.steadyhand.store.WorkstationStore;
import org.steadyhand.ui.review.ReviewServices;
import org.steadyhand.ui.review.ReviewViewModel;
import org.steadyhand.ui.review.SessionDetail;
import org.steadyhand.ui.review.SpectrumState;

/**
 * "Open in review" of a recorded one-hour session (the budget is 2 s): the detail view-model's load
 * up to the data ready to draw ({@code openInReview}: every channel read from the H2 file chunk by
 * chunk, min/max pyramids, the 2 Hz high-passed tremor waveform, RR tachogram, score and note), and
 * up to the Welch tremor spectrum that follows it ({@code openInReviewWithSpectrum}). The session is recorded once per trial from the simulated rig at full speed
 * ({@code pace=fast}) through the real pipeline, recorder and store into a real H2 file in a
 * temporary folder (the forceps module: tip x, y, z, force and tilt at 1 kHz plus heart beats, 18
 * million samples per hour). Run with {@code bin/jmh ReviewOpenBenchmark}; {@code -p seconds=600}
 * for a shorter session.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx4g"})
@State(Scope.Benchmark)
public class ReviewOpenBenchmark {
    @Param("3600")
    public int seconds;

    private Path folder;
    private Database database;
    private ReviewViewModel review;
    private SessionListing listing;
    /** The view-model's background work, run by the benchmark on its own thread. */
    private final ArrayDeque<Runnable> background = new ArrayDeque<>();

    @Setup(Level.Trial)
    public void record() throws Exception {
        folder = Files.createTempDirectory("steadyhand-review-bench");
        database = Database.open(folder);
        SourceRegistry sources = new SourceRegistry(List.of(new SimulatedRigFactory()));
        SessionCatalog catalog = new SessionCatalog(database);
        long start = System.nanoTime();
        try (LiveRig rig = LiveRig.prepare(sources, List.of("sim:7?pace=fast"), "forceps")) {
            Recording recording = Recording.startWithSources(
                    rig, new WorkstationStore(database), "Benchmark", "{}", Duration.ofSeconds(seconds));
            long last = Duration.ofSeconds(seconds).toNanos() - 5_000_000L;
            while (true) {
                List<StoredChannel> channels = catalog.get(recording.id()).channels();
                if (channels.size() >= 5 && channels.stream().allMatch(c -> c.lastNanos() >= last)) {
                    break;
                }
                Thread.sleep(200);
            }
            rig.close();
            recording.stop(SessionStatus.COMPLETED, null);
        }
        listing = catalog.list(SessionFilter.ALL).get(0);
        long samples = listing.session().channels().stream()
                .mapToLong(StoredChannel::sampleCount)
                .sum();
        System.out.printf(
                "%nrecorded %d s of session (%,d samples) in %.1f s; database %.0f MB%n",
                seconds, samples, (System.nanoTime() - start) / 1e9, database.fileSizeBytes() / 1e6);
        for (StoredChannel c : listing.session().channels()) {
            System.out.printf(
                    "  %s: %,d samples, %.3f..%.3f s%n",
                    c.channel().name(), c.sampleCount(), c.firstNanos() / 1e9, c.lastNanos() / 1e9);
        }
        review = new ReviewViewModel(
                ReviewServices.of(database, ModuleCatalog.builtIn(), Clock.systemUTC()),
                background::add,
                Runnable::run,
                Runnable::run,
                ZoneOffset.UTC);
    }

    /** Open until the plots can be drawn (the tremor spectrum still queued behind). */
    @Benchmark
    public SessionDetail openInReview() {
        review.detail().open(listing);
        background.poll().run();
        SessionDetail ready = review.detail().detailProperty().get().orElseThrow();
        background.clear();
        return ready;
    }

    /** Open until the tremor spectrum is there as well. */
    @Benchmark
    public SpectrumState openInReviewWithSpectrum() {
        review.detail().open(listing);
        while (!background.isEmpty()) {
            background.poll().run();
        }
        return review.detail().spectrumProperty().get();
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        database.close();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

package org.steadyhand.bench;

import static org.steadyhand.ui.FxWaits.onFx;
import static org.steadyhand.ui.FxWaits.waitUntilOnFx;

import eu.hansolo.tilesfx.Tile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.steadyhand.device.SourceRegistry;
import org.steadyhand.device.sim.SimulatedRigFactory;
import org.steadyhand.store.Database;
import org.steadyhand.store.SessionCatalog;
import org.steadyhand.store.SessionSummary;
import org.steadyhand.store.StoredChannel;
import org.steadyhand.ui.TestWorkstation;
import org.steadyhand.ui.WorkstationServices;
import org.steadyhand.ui.WorkstationView;
import org.steadyhand.ui.WorkstationViewModel;
import org.steadyhand.ui.rig.RigPhase;

/**
 * Measures the FX thread of the real workstation window while the rig streams eight 1 kHz channels
 * (the simulated rig's five surgical channels plus a 3-axis accelerometer) and a session is
 * recorded into a scratch H2 database:
 *
 * <ul>
 *   <li>pulse gaps: an {@link AnimationTimer} notes the time between consecutive FX pulses; a
 *       blocked FX thread shows as a long gap;
 *   <li>runLater latency: a probe posts a task every 10 ms and notes how long it waited to run;
 *   <li>gauge updates: changes of each rig tile's value per second, and display frames per second.
 * </ul>
 *
 * Run with {@code bin/fx-bench [seconds]} (under Xvfb when there is no display). Prints the numbers;
 * asserts nothing (STYLE.md: speed is measured, not asserted in unit tests).
 */
public final class FxThreadBench {
    private static final String[] TILES = {"force-tile", "rms-tile", "stability-tile", "tilt-tile", "heart-tile"};

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path scratch = Files.createTempDirectory("steadyhand-fx-bench");
        try (TestWorkstation workstation = TestWorkstation.open(scratch)) {
            Database database = workstation.database();
            WorkstationServices services = workstation.services(
                    new SourceRegistry(List.of(new SimulatedRigFactory(), PacedImuSource.factory())),
                    List.of("sim:7", PacedImuSource.SPEC));
            new FxThreadBench().run(services, database, seconds);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1); // the FX thread would keep the JVM alive
        }
        System.exit(0);
    }

    private void run(WorkstationServices services, Database database, int seconds) throws Exception {
        Platform.startup(() -> Platform.setImplicitExit(false));
        WorkstationViewModel model = onFx(() -> new WorkstationViewModel(services, Platform::runLater));
        Stage stage = onFx(() -> {
            Stage shown = new Stage();
            shown.setScene(new WorkstationView(model).scene(1280, 800));
            shown.show();
            model.activate();
            return shown;
        });
        waitUntilOnFx(() -> model.rig().state().phaseProperty().get() == RigPhase.LIVE);
        onFx(() -> {
            model.rig()
                    .choices()
                    .moduleProperty()
                    .set(model.rig().choices().modules().stream()
                            .filter(m -> m.id().equals("forceps"))
                            .findFirst()
                            .orElseThrow());
            model.rig().choices().traineeNameProperty().set("Benchmark");
            return null;
        });
        waitUntilOnFx(() -> model.rig().state().phaseProperty().get() == RigPhase.LIVE);
        pause(3_000); // warm-up: JIT, first layout, the first second of tremor

        Samples pulses = new Samples();
        Samples probe = new Samples();
        Map<String, AtomicLong> tileChanges = new LinkedHashMap<>();
        AtomicLong frames = new AtomicLong();
        AnimationTimer pulseWatch = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    pulses.add(now - last);
                }
                last = now;
            }
        };
        onFx(() -> {
            for (String id : TILES) {
                AtomicLong changes = new AtomicLong();
                tileChanges.put(id, changes);
                ((Tile) stage.getScene().lookup("#" + id))
                        .valueProperty()
                        .addListener((o, old, now) -> changes.incrementAndGet());
            }
            model.rig().display().frameProperty().addListener((o, old, now) -> frames.incrementAndGet());
            pulseWatch.start();
            model.rig().start(); // 3-2-1, then the recording runs for the rest of the measurement
            return null;
        });
        ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor();
        prober.scheduleAtFixedRate(
                () -> {
                    long posted = System.nanoTime();
                    Platform.runLater(() -> probe.add(System.nanoTime() - posted));
                },
                0,
                10,
                TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        pause(seconds * 1000L);
        prober.shutdownNow();
        double measured = (System.nanoTime() - start) / 1e9;
        onFx(() -> {
            pulseWatch.stop();
            model.rig().stop();
            return null;
        });
        waitUntilOnFx(() -> model.rig().state().phaseProperty().get() == RigPhase.LIVE);
        report(measured, pulses, probe, tileChanges, frames.get(), model, database);
        System.out.println("  longest pulse gaps:" + pulses.longest(5, start));
        System.out.println("  longest runLater waits:" + probe.longest(5, start));
        System.out.println("  (the countdown runs 0-3 s; the recording starts at about 3 s)");
        onFx(() -> {
            stage.hide();
            return null;
        });
        model.close();
        Platform.exit();
    }

    private static void report(
            double seconds,
            Samples pulses,
            Samples probe,
            Map<String, AtomicLong> tileChanges,
            long frames,
            WorkstationViewModel model,
            Database database) {
        System.out.printf(Locale.ROOT, "FX thread over %.1f s (8 channels at 1 kHz, recording):%n", seconds);
        System.out.printf(
                Locale.ROOT,
                "  pulse gap        max %6.1f ms  p99 %5.1f ms  p50 %5.1f ms  (%d pulses, %.1f/s)%n",
                pulses.max(),
                pulses.percentile(99),
                pulses.percentile(50),
                pulses.count(),
                pulses.count() / seconds);
        System.out.printf(
                Locale.ROOT,
                "  runLater latency max %6.1f ms  p99 %5.1f ms  p50 %5.1f ms  (%d probes every 10 ms)%n",
                probe.max(),
                probe.percentile(99),
                probe.percentile(50),
                probe.count());
        System.out.printf(Locale.ROOT, "  display frames   %.1f/s%n", frames / seconds);
        tileChanges.forEach((id, changes) ->
                System.out.printf(Locale.ROOT, "  %-16s %.1f value changes/s%n", id, changes.get() / seconds));
        new SessionCatalog(database).list(Optional.empty()).stream().findFirst().ifPresent(session -> {
            SessionSummary s = session;
            long samples =
                    s.channels().stream().mapToLong(StoredChannel::sampleCount).sum();
            System.out.printf(
                    Locale.ROOT,
                    "  recorded         %d channels, %,d samples in %.1f s = %,.0f samples/s%n",
                    s.channels().size(),
                    samples,
                    s.duration().toMillis() / 1000.0,
                    samples / (s.duration().toMillis() / 1000.0));
        });
        System.out.printf(
                Locale.ROOT,
                "  live view dropped %d pipeline events%n",
                model.rig().state().droppedBlocksProperty().get());
    }

    /** Durations in nanoseconds, reported in milliseconds, with when each was noted; any thread. */
    private static final class Samples {
        private final List<Long> nanos = new ArrayList<>();
        private final List<Long> notedAt = new ArrayList<>();

        synchronized void add(long value) {
            nanos.add(value);
            notedAt.add(System.nanoTime());
        }

        /** The {@code n} longest, as "ms at s" (seconds after {@code startNanos}). */
        synchronized String longest(int n, long startNanos) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < nanos.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> Long.compare(nanos.get(b), nanos.get(a)));
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < Math.min(n, order.size()); i++) {
                int k = order.get(i);
                text.append(String.format(
                        Locale.ROOT, " %.0f ms at %.1f s;", nanos.get(k) / 1e6, (notedAt.get(k) - startNanos) / 1e9));
            }
            return text.toString();
        }

        synchronized int count() {
            return nanos.size();
        }

        synchronized double max() {
            return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        }

        synchronized double percentile(double p) {
            if (nanos.isEmpty()) {
                return 0;
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    private static void pause(long millis) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}

package org.steadyhand.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.steadyhand.device.DeviceException;
import org.steadyhand.session.LiveRig;
import org.steadyhand.session.Recording;
import org.steadyhand.session.SessionStatus;
import org.steadyhand.session.TrainingModule;
import org.steadyhand.store.SessionScoring.RankedScore;
import org.steadyhand.store.SessionSummary;
import org.steadyhand.store.TraineeRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code steadyhand record}: runs one training session headless and stores it. */
@Command(
        name = "record",
        mixinStandardHelpOptions = true,
        description = "Record a training session from the given sources (default: the simulated rig).")
final class RecordCommand extends CommandBase implements Callable<Integer> {
    @Option(
            names = "--source",
            paramLabel = "SPEC",
            description = "Where samples come from (repeatable): sim[:SEED],"
                    + " serial:PROTOCOL:PORT, hid:VID:PID, hid-replay:FILE, ... Default: sim.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--module", required = true, paramLabel = "ID", description = "Training module, e.g. anti-tremor.")
    String moduleId;

    @Option(names = "--trainee", required = true, paramLabel = "NAME", description = "Trainee name (created if new).")
    String trainee;

    @Option(
            names = "--duration",
            paramLabel = "TIME",
            converter = DurationConverter.class,
            description = "How long to record, e.g. 30s, 2m (default: the module's duration).")
    Duration duration;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for the simulated rig, for a reproducible session.")
    Long seed;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    RecordCommand(CliServicesFactory services) {
        super(services);
    }

    @Override
    public Integer call() throws DeviceException {
        try (CliServices services = openServices()) {
            TrainingModule module = services.modules().require(moduleId);
            String traineeName = TraineeRepository.validName(trainee);
            List<String> specs = SimSeed.apply(sources.isEmpty() ? List.of("sim") : sources, seed);
            Duration length = duration != null ? duration : module.duration();
            SessionSummary result;
            try (LiveRig rig = LiveRig.prepare(services.sources(), specs, module.id())) {
                // Sources start only once the recorder listens: a replay at full speed loses nothing.
                Recording recording =
                        Recording.startWithSources(rig, services.sessionStore(), traineeName, settings(length), length);
                Thread stopOnSignal = new Thread(() -> {
                    rig.close();
                    recording.stop(SessionStatus.STOPPED, "stopped by a signal before the end");
                });
                Runtime.getRuntime().addShutdownHook(stopOnSignal);
                Progress progress = new Progress(err(), "recording " + module.id(), length);
                boolean ranToEnd = waitFor(recording, length, progress);
                rig.close();
                if (ranToEnd) {
                    recording.stop(SessionStatus.COMPLETED, null);
                } else {
                    recording.stop(SessionStatus.STOPPED, "interrupted before the end");
                }
                progress.done();
                try {
                    Runtime.getRuntime().removeShutdownHook(stopOnSignal);
                } catch (IllegalStateException shuttingDown) {
                    // A signal arrived just now; the hook finds the recording already stopped.
                }
                result = services.catalog().get(recording.id());
            }
            print(result, services.scoring().scoreAndStore(result));
            return 0;
        }
    }

    /** Waits until the session has run {@code length}; false if interrupted before. */
    private static boolean waitFor(Recording recording, Duration length, Progress progress) {
        long endNanos = length.toNanos();
        try {
            for (long now = recording.elapsedNanos(); now < endNanos; now = recording.elapsedNanos()) {
                progress.at(Duration.ofNanos(now));
                Thread.sleep(Math.max(1, Math.min(200, (endNanos - now) / 1_000_000)));
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String settings(Duration length) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("duration_s", length.toMillis() / 1000.0);
        if (seed != null) {
            settings.put("seed", seed);
        }
        return Json.write(settings);
    }

    private void print(SessionSummary session, Optional<RankedScore> score) {
        if (json) {
            Map<String, Object> output = SessionJson.of(session);
            output.put("score", score.map(ScoreOutput::json).orElse(null));
            out().println(Json.write(output));
        } else {
            out().printf(
                            "Recorded session %s (%s, %s, %.1f s, %s)%n",
                            session.id(),
                            session.moduleId(),
                            session.traineeName(),
                            session.duration().toMillis() / 1000.0,
                            session.status().label());
            session.channels()
                    .forEach(c -> out().printf(
                                    "  %-14s %8d samples  %s%n",
                                    c.channel().name(),
                                    c.sampleCount(),
                                    c.channel().unit().symbol()));
            session.eventCounts().forEach((kind, count) -> out().printf("  %-14s %8d events%n", kind, count));
            score.ifPresent(s -> ScoreOutput.printText(out(), s));
        }
        out().flush();
    }
}

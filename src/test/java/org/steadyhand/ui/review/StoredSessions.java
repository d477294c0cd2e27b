package org.steadyhand.ui.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.steadyhand.analysis.score.ComponentScore;
import org.steadyhand.analysis.score.Grade;
import org.steadyhand.analysis.score.ModuleScore;
import org.steadyhand.core.Channel;
import org.steadyhand.core.ChannelNames;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.SessionId;
import org.steadyhand.core.TimedEvent;
import org.steadyhand.core.Unit;
import org.steadyhand.session.SessionSink;
import org.steadyhand.session.SessionStart;
import org.steadyhand.session.SessionStatus;
import org.steadyhand.store.Database;
import org.steadyhand.store.ScoreRepository;
import org.steadyhand.store.WorkstationStore;

/**
 * Writes sessions with known signals through the real store (session sink, chunks of one second),
 * for the review tests.
 */
final class StoredSessions {
    static final double RATE_HZ = 1000;
    /** 10 Hz tremor of 50 µm amplitude on a 3 mm offset with a slow 0.2 Hz, 2 mm voluntary sway. */
    static final DoubleUnaryOperator TIP_X =
            t -> 3.0 + 2.0 * Math.sin(2 * Math.PI * 0.2 * t) + 0.05 * Math.sin(2 * Math.PI * 10 * t);

    static final DoubleUnaryOperator TIP_Y = t -> -1.0 + 0.05 * Math.cos(2 * Math.PI * 10 * t);
    /** Force ramping to 10 mN and back over 10 s. */
    static final DoubleUnaryOperator FORCE = t -> 10 * Math.abs(Math.sin(Math.PI * t / 10));

    static final DoubleUnaryOperator TILT = t -> 30 + 2 * Math.sin(t);

    private final Database database;

    StoredSessions(Database database) {
        this.database = database;
    }

    /** A session of {@code seconds} with the named channels at 1 kHz and the given events. */
    SessionId store(
            String trainee,
            String module,
            Instant start,
            double seconds,
            SessionStatus status,
            Map<String, DoubleUnaryOperator> channels,
            List<? extends TimedEvent> events) {
        SessionId id = SessionId.newId(start.toEpochMilli());
        SessionSink sink = new WorkstationStore(database)
                .begin(new SessionStart(id, module, trainee, start, List.of("sim:5"), "{}"));
        int perSecond = (int) RATE_HZ;
        int total = (int) Math.round(seconds * RATE_HZ);
        for (int from = 0; from < total; from += perSecond) {
            int n = Math.min(perSecond, total - from);
            for (var entry : channels.entrySet()) {
                double[] values = new double[n];
                for (int i = 0; i < n; i++) {
                    values[i] = entry.getValue().applyAsDouble((from + i) / RATE_HZ);
                }
                sink.blockReceived(SampleBlock.regular(
                        new Channel(entry.getKey(), unitOf(entry.getKey()), RATE_HZ),
                        Math.round(from * 1e9 / RATE_HZ),
                        Math.round(1e9 / RATE_HZ),
                        values));
            }
            sink.flush();
        }
        events.forEach(sink::eventReceived);
        sink.finish(status, start.plusMillis(Math.round(seconds * 1000)), "test");
        return id;
    }

    /** Stores a score of {@code overall} with two components, passing at 70. */
    void score(SessionId id, String module, double overall) {
        List<ComponentScore> components = new ArrayList<>();
        components.add(new ComponentScore("stability", "Tremor stability", "tremor_stability", 81.5, overall, 2));
        components.add(
                new ComponentScore("force", "Tissue treatment", "time_above_caution_pct", Double.NaN, Double.NaN, 1));
        new ScoreRepository(database)
                .save(
                        id,
                        new ModuleScore(module, overall, Grade.of(overall), overall >= 70, 70, components, List.of()),
                        Map.of("tremor_stability", 81.5),
                        Instant.parse("2026-03-10T00:00:00Z"));
    }

    private static Unit unitOf(String channel) {
        return switch (channel) {
            case ChannelNames.TIP_FORCE -> Unit.MILLINEWTON;
            case ChannelNames.TILT -> Unit.DEGREE;
            default -> Unit.MILLIMETRE;
        };
    }
}

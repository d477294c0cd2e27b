package org.steadyhand.session;

import java.util.Map;
import java.util.Optional;
import org.steadyhand.analysis.score.ModuleScore;
import org.steadyhand.analysis.score.ScoreEngine;

/**
 * Scores a session of a module from its telemetry: {@link SessionMetrics} measures, the module's
 * scoring plan maps and weighs ({@link ScoreEngine}). Deterministic: the same stored telemetry
 * gives the same score, so a score can always be recomputed and checked. Thread-safe.
 */
public final class SessionScorer {
    private final SessionMetrics metrics;
    private final ScoreEngine engine = new ScoreEngine();

    public SessionScorer(SessionMetrics metrics) {
        this.metrics = metrics;
    }

    /** A score with the metrics it came from. */
    public record ScoredSession(ModuleScore score, Map<String, Double> metrics) {}

    /**
     * @return empty when the module is not scored by this version or the telemetry measures none
     *     of its components
     */
    public Optional<ScoredSession> score(TrainingModule module, SessionTelemetry telemetry) {
        if (module.scoring().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> measured = metrics.measure(module, telemetry);
        return engine.score(module.id(), module.scoring().get(), measured)
                .map(score -> new ScoredSession(score, measured));
    }
}

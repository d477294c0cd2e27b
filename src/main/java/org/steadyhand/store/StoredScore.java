package org.steadyhand.store;

import java.time.Instant;
import java.util.Map;
import org.steadyhand.analysis.score.ModuleScore;

/**
 * A session's score as stored, with the metrics it was computed from (for review and trends).
 *
 * @param metrics every metric the scoring measured, by name (unit in the name); NaN when absent
 */
public record StoredScore(ModuleScore score, Map<String, Double> metrics, Instant computedAt) {
    public StoredScore {
        metrics = Map.copyOf(metrics);
    }
}

package org.steadyhand.analysis.score;

import java.util.OptionalDouble;

/**
 * One factor of a module's score, as a module definition declares it: which session metric feeds
 * it, how the metric maps to 0..100, and its weight in the overall score. Modelled on the
 * reference simulator, whose module scores are built from two to five such factors (tissue
 * treatment, efficiency, target achievement, instrument handling; DOMAIN.md).
 *
 * @param id stable key, snake_case, used in stored scores and JSON
 * @param name what the trainee reads, e.g. "Tissue treatment"
 * @param metric name of the session metric, e.g. {@code time_above_caution_pct}
 * @param weight relative weight, &gt; 0; weights need not sum to one
 * @param minimumScore when present, a component score below it fails the session whatever the
 *     overall score (for critical factors such as injury risk: per-component feedback matters more
 *     than one number, DOMAIN.md)
 */
public record ScoreComponent(
        String id, String name, String metric, double weight, ScoreMapping mapping, OptionalDouble minimumScore) {
    public ScoreComponent {
        if (id == null || !id.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("component id must be snake_case, got '" + id + "'");
        }
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("component " + id + " needs a metric");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("component " + id + ": 'weight' must be > 0, got " + weight);
        }
        if (mapping == null) {
            throw new IllegalArgumentException("component " + id + " needs a mapping");
        }
        minimumScore.ifPresent(minimum -> {
            if (!(minimum >= 0 && minimum <= 100)) {
                throw new IllegalArgumentException("component " + id + ": 'min_score' must be 0..100, got " + minimum);
            }
        });
    }
}

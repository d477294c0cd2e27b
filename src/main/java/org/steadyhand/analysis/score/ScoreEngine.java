package org.steadyhand.analysis.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores a session from its named metrics by a module's {@link ScoringPlan}: each component maps
 * its metric to 0..100, the overall score is the weighted mean of the components that were
 * measured (a missing or NaN metric leaves its component out and the other weights count
 * proportionally more), and the session passes when the overall score reaches the pass mark and
 * no component is below its own minimum.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScoreEngine {
    /**
     * @return the score, or empty when none of the plan's metrics was measured
     */
    public Optional<ModuleScore> score(String moduleId, ScoringPlan plan, Map<String, Double> metrics) {
        List<ComponentScore> results = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        double weightedSum = 0;
        double weightSum = 0;
        for (ScoreComponent component : plan.components()) {
            double value = metrics.getOrDefault(component.metric(), Double.NaN);
            double score = component.mapping().score(value);
            results.add(new ComponentScore(
                    component.id(), component.name(), component.metric(), value, score, component.weight()));
            if (Double.isNaN(score)) {
                continue;
            }
            weightedSum += component.weight() * score;
            weightSum += component.weight();
            if (component.minimumScore().isPresent()
                    && score < component.minimumScore().getAsDouble()) {
                failed.add(component.id());
            }
        }
        if (weightSum == 0) {
            return Optional.empty();
        }
        double overall = Math.max(0, Math.min(100, weightedSum / weightSum));
        boolean passed = overall >= plan.passMark() && failed.isEmpty();
        return Optional.of(
                new ModuleScore(moduleId, overall, Grade.of(overall), passed, plan.passMark(), results, failed));
    }
}

package org.steadyhand.analysis.score;

import java.util.List;

/**
 * A session's score for its module: the weighted overall score 0..100 over the components that
 * were measured, the grade, and pass / fail.
 *
 * @param failedComponents ids of components below their own minimum score (they fail the
 *     session even with a passing overall score)
 */
public record ModuleScore(
        String moduleId,
        double overall,
        Grade grade,
        boolean passed,
        double passMark,
        List<ComponentScore> components,
        List<String> failedComponents) {
    public ModuleScore {
        components = List.copyOf(components);
        failedComponents = List.copyOf(failedComponents);
        if (!(overall >= 0 && overall <= 100)) {
            throw new IllegalArgumentException("overall score must be 0..100, got " + overall);
        }
    }
}

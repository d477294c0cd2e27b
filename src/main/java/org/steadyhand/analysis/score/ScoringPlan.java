package org.steadyhand.analysis.score;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How one training module is scored: its components and its pass mark.
 *
 * @param passMark overall score needed to pass, 0..100. DOMAIN.md: training programmes use 70 to
 *     advance a level and 80 per step in a five-step cataract course.
 */
public record ScoringPlan(List<ScoreComponent> components, double passMark) {
    public ScoringPlan {
        components = List.copyOf(components);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a scoring plan needs at least one component");
        }
        Set<String> ids = new HashSet<>();
        for (ScoreComponent component : components) {
            if (!ids.add(component.id())) {
                throw new IllegalArgumentException("component '" + component.id() + "' appears twice");
            }
        }
        if (!(passMark >= 0 && passMark <= 100)) {
            throw new IllegalArgumentException("'pass_mark' must be 0..100, got " + passMark);
        }
    }

    /** The metric names the plan reads, in component order. */
    public List<String> metrics() {
        return components.stream().map(ScoreComponent::metric).distinct().toList();
    }
}

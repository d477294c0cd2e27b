package org.steadyhand.analysis.shot;

import java.util.List;

/**
 * What the coach says about a series: what went well, what to improve and what to practise next.
 * Each item names the rule that produced it (rules and their rationale: {@link Coach},
 * docs/coaching.md). Immutable.
 */
public record CoachingAdvice(List<Advice> strengths, List<Advice> improvements, List<Advice> nextSteps) {
    public CoachingAdvice {
        strengths = List.copyOf(strengths);
        improvements = List.copyOf(improvements);
        nextSteps = List.copyOf(nextSteps);
    }

    /**
     * One piece of advice.
     *
     * @param rule the id of the rule that gave it, e.g. {@code off_centre}
     * @param text a sentence for the shooter
     */
    public record Advice(String rule, String text) {}
}

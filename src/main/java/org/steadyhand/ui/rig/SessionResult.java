package org.steadyhand.ui.rig;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.steadyhand.analysis.score.ModuleScore;
import org.steadyhand.ui.ScoreLine;

/**
 * What the rig screen's result card shows after a scored session: who, which module, how it ended,
 * the overall score with grade and pass / fail, each component (the per-component feedback a
 * trainee acts on, DOMAIN.md), and where the score stands among the module's stored sessions.
 *
 * @param outcome how the session ended, e.g. {@code completed at 05:00}
 * @param percentile mid-rank percentile among the module's stored scores, when there are others
 */
public record SessionResult(
        String trainee, String moduleName, String outcome, ModuleScore score, OptionalDouble percentile) {

    /** Overall score to one decimal, e.g. {@code 74.6}. */
    public String scoreText() {
        return String.format(Locale.ROOT, "%.1f", score.overall());
    }

    /** {@code PASS} or {@code NOT PASSED}, with the pass mark. */
    public String verdictText() {
        return (score.passed() ? "PASS" : "NOT PASSED")
                + String.format(Locale.ROOT, " · pass mark %.0f", score.passMark());
    }

    public String gradeText() {
        return "Grade " + score.grade();
    }

    /** One line per component, in the module's order. */
    public List<ScoreLine> lines() {
        return ScoreLine.of(score);
    }

    /** e.g. {@code Percentile 62 of this module's sessions}; empty when there is nothing to compare. */
    public String standingText() {
        return percentile.isPresent()
                ? String.format(Locale.ROOT, "Percentile %.0f of this module's sessions", percentile.getAsDouble())
                : "";
    }

    /** e.g. {@code Ada Lovelace · Quick hold · completed at 00:05}. */
    public String headline() {
        return trainee + " · " + moduleName + " · " + outcome;
    }
}

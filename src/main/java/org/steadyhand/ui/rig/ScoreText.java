package org.steadyhand.ui.rig;

import java.util.StringJoiner;
import org.steadyhand.analysis.score.ComponentScore;
import org.steadyhand.analysis.score.ModuleScore;

/**
 * The one-line score the rig screen shows after a session: overall, grade, pass or fail, then each
 * component, so the trainee sees what to work on (per-component feedback matters more than one
 * number, DOMAIN.md).
 */
final class ScoreText {
    private ScoreText() {}

    static String of(ModuleScore score) {
        StringJoiner components = new StringJoiner(", ");
        for (ComponentScore c : score.components()) {
            components.add(
                    c.measured()
                            ? c.name().toLowerCase(java.util.Locale.ROOT) + " " + Math.round(c.score())
                            : c.name().toLowerCase(java.util.Locale.ROOT) + " not measured");
        }
        return String.format(
                java.util.Locale.ROOT,
                "Score %.0f / 100, grade %s, %s (pass mark %.0f) — %s.",
                score.overall(),
                score.grade(),
                score.passed() ? "passed" : "not passed",
                score.passMark(),
                components);
    }
}

package org.steadyhand.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.steadyhand.analysis.score.ComponentScore;
import org.steadyhand.analysis.score.ModuleScore;

/**
 * One line of a score breakdown (the review's score panel, the rig's result card), its texts
 * formatted: a component with its weight, measured
 * value and score, or "not measured".
 *
 * @param weightText share of the overall score, e.g. {@code 40 %}, over the measured components
 * @param failsSession the component is below its own minimum and fails the session
 */
public record ScoreLine(
        String name, String weightText, String valueText, String scoreText, boolean measured, boolean failsSession) {

    /** The lines of a module score, in the module's order. */
    public static List<ScoreLine> of(ModuleScore score) {
        double measuredWeight = score.components().stream()
                .filter(ComponentScore::measured)
                .mapToDouble(ComponentScore::weight)
                .sum();
        List<ScoreLine> lines = new ArrayList<>();
        for (ComponentScore c : score.components()) {
            boolean measured = c.measured();
            String weight = measured && measuredWeight > 0
                    ? String.format(Locale.ROOT, "%.0f %%", 100 * c.weight() / measuredWeight)
                    : "—";
            lines.add(new ScoreLine(
                    c.name(),
                    weight,
                    measured ? value(c.metric(), c.metricValue()) : "not measured",
                    measured ? String.format(Locale.ROOT, "%.1f", c.score()) : "—",
                    measured,
                    score.failedComponents().contains(c.id())));
        }
        return lines;
    }

    /** A metric name such as {@code hold_error_rms_mm} with its value: {@code hold error rms 1.2 mm}. */
    public static String value(String metric, double value) {
        int cut = metric.lastIndexOf('_');
        String unit = cut < 0 ? "" : UNITS.getOrDefault(metric.substring(cut + 1), "");
        String name = (unit.isEmpty() ? metric : metric.substring(0, cut)).replace('_', ' ');
        // A no-break space keeps a value and its unit on one line when the cell wraps.
        return (name + " " + compact(value) + (unit.isEmpty() ? "" : "\u00a0" + unit)).replace("  ", " ");
    }

    /** Unit suffixes of metric names (docs/modules.md) and how they are shown. */
    private static final java.util.Map<String, String> UNITS = java.util.Map.of(
            "mm", "mm", "um", "µm", "pct", "%", "ms", "ms", "s", "s", "hz", "Hz", "mn", "mN", "deg", "°");

    private static String compact(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 100 || magnitude == 0) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return magnitude >= 1 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.3f", value);
    }
}

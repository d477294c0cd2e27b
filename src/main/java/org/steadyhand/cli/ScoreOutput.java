package org.steadyhand.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steadyhand.analysis.score.ComponentScore;
import org.steadyhand.analysis.score.ModuleScore;
import org.steadyhand.store.SessionScoring.RankedScore;

/**
 * A session's score as {@code record} and {@code report} print it: JSON under the key {@code
 * score} (not-measured values as {@code null}), or a few lines of text with the component
 * breakdown.
 */
final class ScoreOutput {
    private ScoreOutput() {}

    static Map<String, Object> json(RankedScore ranked) {
        ModuleScore score = ranked.stored().score();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("overall", round(score.overall()));
        json.put("grade", score.grade().name());
        json.put("passed", score.passed());
        json.put("pass_mark", score.passMark());
        json.put(
                "percentile",
                ranked.percentile().isPresent() ? round(ranked.percentile().getAsDouble()) : null);
        List<Map<String, Object>> components = new ArrayList<>();
        for (ComponentScore c : score.components()) {
            Map<String, Object> component = new LinkedHashMap<>();
            component.put("id", c.id());
            component.put("name", c.name());
            component.put("metric", c.metric());
            component.put("value", finiteOrNull(c.metricValue()));
            component.put("score", c.measured() ? round(c.score()) : null);
            component.put("weight", c.weight());
            components.add(component);
        }
        json.put("components", components);
        json.put("failed_components", score.failedComponents());
        Map<String, Object> metrics = new LinkedHashMap<>();
        ranked.stored().metrics().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> metrics.put(e.getKey(), finiteOrNull(e.getValue())));
        json.put("metrics", metrics);
        json.put("computed_at", ranked.stored().computedAt().toString());
        return json;
    }

    static void printText(PrintWriter out, RankedScore ranked) {
        ModuleScore score = ranked.stored().score();
        out.printf(
                "  score %.1f / 100, grade %s, %s (pass mark %.0f)%s%n",
                score.overall(),
                score.grade(),
                score.passed() ? "PASS" : "FAIL",
                score.passMark(),
                ranked.percentile().isPresent()
                        ? String.format(
                                ", percentile %.0f among this module's sessions",
                                ranked.percentile().getAsDouble())
                        : "");
        for (ComponentScore c : score.components()) {
            String mark = score.failedComponents().contains(c.id()) ? "  below its minimum" : "";
            if (c.measured()) {
                out.printf("    %-20s %5.1f  (%s = %.4g)%s%n", c.name(), c.score(), c.metric(), c.metricValue(), mark);
            } else {
                out.printf("    %-20s   not measured (%s)%n", c.name(), c.metric());
            }
        }
    }

    private static Object finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** Scores to one decimal: finer steps mean nothing to a trainee and clutter the output. */
    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}

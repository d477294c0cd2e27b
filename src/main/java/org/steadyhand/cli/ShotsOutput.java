package org.steadyhand.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steadyhand.analysis.shot.CoachingAdvice;
import org.steadyhand.analysis.shot.ScoredShot;
import org.steadyhand.analysis.shot.SeriesStatistics;
import org.steadyhand.analysis.shot.TargetType;

/** How {@code analyze shots} prints a scored series: as text or as JSON (snake_case, unit in the key). */
final class ShotsOutput {
    private ShotsOutput() {}

    static Map<String, Object> json(
            TargetType target, List<ScoredShot> shots, SeriesStatistics s, CoachingAdvice advice) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("target", target.id());
        json.put(
                "shots",
                shots.stream()
                        .map(shot -> {
                            Map<String, Object> one = new LinkedHashMap<>();
                            one.put("x_mm", round(shot.xMm()));
                            one.put("y_mm", round(shot.yMm()));
                            one.put("score", shot.score());
                            one.put("decimal", shot.decimal());
                            one.put("inner_ten", shot.innerTen());
                            return one;
                        })
                        .toList());
        json.put("shot_count", s.shotCount());
        json.put("total", s.total());
        json.put("decimal_total", s.decimalTotal());
        json.put("average", s.averageScore());
        json.put("average_decimal", s.averageDecimal());
        json.put("inner_tens", s.innerTens());
        json.put("mpi_x_mm", round(s.mpiXMm()));
        json.put("mpi_y_mm", round(s.mpiYMm()));
        json.put("mean_radius_mm", round(s.meanRadiusMm()));
        json.put("extreme_spread_mm", round(s.extremeSpreadMm()));
        json.put("series_totals", s.seriesTotals());
        Map<String, Object> coaching = new LinkedHashMap<>();
        coaching.put("strengths", texts(advice.strengths()));
        coaching.put("improvements", texts(advice.improvements()));
        coaching.put("next_steps", texts(advice.nextSteps()));
        json.put("coaching", coaching);
        return json;
    }

    static void text(
            PrintWriter out, TargetType target, List<ScoredShot> shots, SeriesStatistics s, CoachingAdvice advice) {
        out.printf("%d shots on %s%n", s.shotCount(), target.id());
        for (int i = 0; i < shots.size(); i++) {
            ScoredShot shot = shots.get(i);
            out.printf(
                    "  %3d  x %8.2f mm  y %8.2f mm  %2d  %4.1f%s%n",
                    i + 1, shot.xMm(), shot.yMm(), shot.score(), shot.decimal(), shot.innerTen() ? "  inner ten" : "");
        }
        out.printf(
                "  total %d (decimal %.1f), average %.2f, inner tens %d%n",
                s.total(), s.decimalTotal(), s.averageScore(), s.innerTens());
        out.printf("  series %s%n", s.seriesTotals());
        out.printf(
                "  MPI %.2f mm %s, %.2f mm %s; mean radius %.2f mm; extreme spread %.2f mm%n",
                Math.abs(s.mpiXMm()),
                s.mpiXMm() >= 0 ? "right" : "left",
                Math.abs(s.mpiYMm()),
                s.mpiYMm() >= 0 ? "high" : "low",
                s.meanRadiusMm(),
                s.extremeSpreadMm());
        section(out, "Strengths", advice.strengths());
        section(out, "To improve", advice.improvements());
        section(out, "Next", advice.nextSteps());
    }

    private static void section(PrintWriter out, String title, List<CoachingAdvice.Advice> items) {
        if (!items.isEmpty()) {
            out.println(title + ":");
            items.forEach(a -> out.println("  - " + a.text()));
        }
    }

    private static List<String> texts(List<CoachingAdvice.Advice> advice) {
        return advice.stream().map(CoachingAdvice.Advice::text).toList();
    }

    /** Positions to a micrometre: finer digits are noise in any measurement. */
    private static double round(double mm) {
        return Math.round(mm * 1000) / 1000.0;
    }
}

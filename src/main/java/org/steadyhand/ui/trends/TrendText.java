package org.steadyhand.ui.trends;

import java.util.Locale;

/** The Trends screen's sentences. Pure. */
final class TrendText {
    private TrendText() {}

    static String headline(String trainee, String module, Trend trend) {
        int n = trend.curve().size();
        if (n == 0) {
            return trainee + " has no scored " + module + " sessions yet — record one on the Rig screen";
        }
        double best =
                trend.curve().stream().mapToDouble(CurvePoint::overall).max().orElseThrow();
        long passed = trend.curve().stream().filter(CurvePoint::passed).count();
        CurvePoint last = trend.curve().get(n - 1);
        return String.format(
                Locale.ROOT,
                "%s · %s: %d %s, last %.1f, best %.1f, %d passed (pass mark %.0f)",
                trainee,
                module,
                n,
                n == 1 ? "session" : "sessions",
                last.overall(),
                best,
                passed,
                trend.passMark());
    }

    static String standing(Trend trend) {
        String cohort = trend.cohort().map(c -> "cohort " + c).orElse("this workstation's trainees (no cohort set)");
        String others = trend.cohort()
                .map(c -> "nobody else in cohort " + c)
                .orElse("nobody else on this workstation (no cohort set)");
        String bands =
                trend.bands().isEmpty() ? " · the bands need " + Trend.MIN_BAND_TRAINEES + " trainees with scores" : "";
        if (trend.percentile().isEmpty()) {
            return trend.curve().isEmpty() ? "" : "Standing: " + others + " has a score in this module yet" + bands;
        }
        long p = Math.round(trend.percentile().getAsDouble());
        return String.format(
                        Locale.ROOT,
                        "Standing: %d%s percentile of %s (%d trainees, latest scores)",
                        p,
                        suffix(p),
                        cohort,
                        trend.cohortTrainees())
                + bands;
    }

    static String suffix(long n) {
        long lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return "th";
        }
        return switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}

package org.steadyhand.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.steadyhand.analysis.force.ForceAnalyzer;
import org.steadyhand.analysis.force.ForceMetrics;
import org.steadyhand.analysis.force.ForceThresholds;
import org.steadyhand.analysis.force.ForceUnit;
import org.steadyhand.core.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steadyhand analyze force}: instrument-tip force metrics of a CSV file (see {@link SeriesCsv}). */
@Command(
        name = "force",
        mixinStandardHelpOptions = true,
        description = {
            "Instrument-tip force metrics of a CSV file: peak, time-weighted mean, current rate of change,"
                    + " time at or above the caution, danger and contact thresholds, impulse above caution.",
            "The file has a header row and either a time column (t or t_s, seconds) and one value column,"
                    + " or one value column and --rate. NaN or empty values are skipped and counted; intervals"
                    + " longer than --max-gap are gaps and count nowhere.",
            "risk_level is the worst level reached in the file (that of the peak force);"
                    + " current_risk_level is that of the last sample."
        })
final class AnalyzeForceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "CSV file to analyse.")
    Path input;

    @Option(
            names = "--unit",
            paramLabel = "UNIT",
            defaultValue = "mN",
            description = "Unit of the values: mN, gf or N (default: ${DEFAULT-VALUE}).")
    String unit;

    @Option(names = "--rate", paramLabel = "HZ", description = "Sample rate, for a file without a time column.")
    Double rateHz;

    @Option(
            names = "--caution",
            paramLabel = "MN",
            defaultValue = "" + ForceThresholds.DEFAULT_CAUTION_MILLI_NEWTONS,
            description = "Caution threshold in mN (default: ${DEFAULT-VALUE}).")
    double cautionMilliNewtons;

    @Option(
            names = "--danger",
            paramLabel = "MN",
            defaultValue = "" + ForceThresholds.DEFAULT_DANGER_MILLI_NEWTONS,
            description = "Danger threshold in mN (default: ${DEFAULT-VALUE}).")
    double dangerMilliNewtons;

    @Option(
            names = "--contact",
            paramLabel = "MN",
            defaultValue = "" + ForceThresholds.DEFAULT_CONTACT_MILLI_NEWTONS,
            description = "Force from which the instrument touches tissue, mN (default: ${DEFAULT-VALUE}).")
    double contactMilliNewtons;

    @Option(
            names = "--max-gap",
            paramLabel = "SECONDS",
            defaultValue = "" + ForceAnalyzer.DEFAULT_MAX_GAP_SECONDS,
            description = "Longest interval between samples that still counts as data (default: ${DEFAULT-VALUE}).")
    double maxGapSeconds;

    @Option(names = "--json", description = "Print the metrics as JSON.")
    boolean json;

    @Override
    public Integer call() {
        ForceUnit forceUnit = ForceUnit.parse(unit);
        ForceThresholds thresholds = thresholds();
        if (!(maxGapSeconds > 0) || Double.isInfinite(maxGapSeconds)) {
            throw new BadInputException("--max-gap must be a number of seconds > 0, got " + maxGapSeconds);
        }
        SeriesCsv.Series series =
                SeriesCsv.read(input, rateHz == null ? OptionalDouble.empty() : OptionalDouble.of(rateHz));
        double[] milliNewtons = new double[series.size()];
        for (int i = 0; i < milliNewtons.length; i++) {
            milliNewtons[i] = forceUnit.toMilliNewtons(series.values()[i]);
        }
        ForceMetrics metrics;
        try {
            metrics = ForceAnalyzer.analyze(series.timesNanos(), milliNewtons, thresholds, maxGapSeconds);
        } catch (IllegalArgumentException e) {
            // SeriesCsv guarantees order and size, so what is left is about the data: e.g. only NaN.
            throw new BadInputException(input + ": " + e.getMessage(), e);
        }
        Map<String, Object> result = ForceJson.of(metrics, maxGapSeconds);
        if (json) {
            out().println(Json.write(result));
        } else {
            printText(series, forceUnit, metrics);
        }
        out().flush();
        return 0;
    }

    private ForceThresholds thresholds() {
        try {
            return new ForceThresholds(cautionMilliNewtons, dangerMilliNewtons, contactMilliNewtons);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("invalid thresholds: " + e.getMessage(), e);
        }
    }

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private void printText(SeriesCsv.Series series, ForceUnit forceUnit, ForceMetrics m) {
        ForceThresholds t = m.thresholds();
        out().printf(
                        "Force in %s (column '%s', %s): %.3f s, %d samples, %d skipped, %d gaps%n",
                        input,
                        series.valueName(),
                        forceUnit.symbol(),
                        m.durationSeconds(),
                        m.sampleCount(),
                        m.skippedSampleCount(),
                        m.gapCount());
        out().printf(
                        "  risk level          %s (worst reached; %s at the end)%n",
                        m.worstRiskLevel().label(), m.currentRiskLevel().label());
        out().printf("  current force     %9.3f mN%n", m.currentForceMilliNewtons());
        out().printf("  peak force        %9.3f mN%n", m.peakForceMilliNewtons());
        out().printf("  mean force        %9.3f mN (time-weighted)%n", m.meanForceMilliNewtons());
        out().printf(
                        "  rate of change    %9.3f mN/s (last %.0f ms)%n",
                        m.rateOfChangeMilliNewtonsPerSecond(), ForceAnalyzer.RATE_WINDOW_SECONDS * 1000);
        out().printf("  time >= caution   %9.3f s  (%s mN)%n", m.timeAboveCautionSeconds(), t.cautionMilliNewtons());
        out().printf("  time >= danger    %9.3f s  (%s mN)%n", m.timeAboveDangerSeconds(), t.dangerMilliNewtons());
        out().printf("  contact time      %9.3f s  (%s mN)%n", m.contactTimeSeconds(), t.contactMilliNewtons());
        out().printf("  impulse > caution %9.4f mN s%n", m.impulseAboveCautionMilliNewtonSeconds());
    }

    /** The JSON shape of the result: snake_case keys with the unit in the key; NaN as null. */
    static final class ForceJson {
        private ForceJson() {}

        static Map<String, Object> of(ForceMetrics m, double maxGapSeconds) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("current_force_mn", number(m.currentForceMilliNewtons()));
            json.put("peak_force_mn", number(m.peakForceMilliNewtons()));
            json.put("mean_force_mn", number(m.meanForceMilliNewtons()));
            json.put("rate_of_change_mn_per_s", number(m.rateOfChangeMilliNewtonsPerSecond()));
            json.put("time_above_caution_s", m.timeAboveCautionSeconds());
            json.put("time_above_danger_s", m.timeAboveDangerSeconds());
            json.put("contact_time_s", m.contactTimeSeconds());
            json.put("impulse_above_caution_mn_s", m.impulseAboveCautionMilliNewtonSeconds());
            json.put("impulse_above_danger_mn_s", m.impulseAboveDangerMilliNewtonSeconds());
            json.put("duration_s", m.durationSeconds());
            json.put("measured_s", m.measuredSeconds());
            json.put("samples", m.sampleCount());
            json.put("skipped_samples", m.skippedSampleCount());
            json.put("gaps", m.gapCount());
            json.put("risk_level", m.worstRiskLevel().label());
            json.put("current_risk_level", m.currentRiskLevel().label());
            json.put("caution_mn", m.thresholds().cautionMilliNewtons());
            json.put("danger_mn", m.thresholds().dangerMilliNewtons());
            json.put("contact_mn", m.thresholds().contactMilliNewtons());
            json.put("max_gap_s", maxGapSeconds);
            return json;
        }

        private static Double number(double value) {
            return Double.isFinite(value) ? value : null;
        }
    }
}

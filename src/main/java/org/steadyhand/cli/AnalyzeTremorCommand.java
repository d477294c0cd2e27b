package org.steadyhand.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.steadyhand.analysis.tremor.TremorAnalyzer;
import org.steadyhand.analysis.tremor.TremorInput;
import org.steadyhand.analysis.tremor.TremorMetrics;
import org.steadyhand.analysis.tremor.TremorSettings;
import org.steadyhand.analysis.tremor.TremorSignalKind;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steadyhand analyze tremor}: tremor metrics of one signal in a CSV file (see {@link SeriesCsv}). */
@Command(
        name = "tremor",
        mixinStandardHelpOptions = true,
        description = {
            "Tremor of one signal in a CSV file: voluntary motion below the high-pass cut-off removed, Welch"
                    + " spectrum (Hann window, 50% overlap), peak frequency in 3-12 Hz, RMS tremor displacement"
                    + " in um over the cut-off to 25 Hz, power in the physiological (8-12 Hz), essential (4-12 Hz)"
                    + " and parkinsonian (3-8 Hz) bands in um^2, the power-near-peak ratio, the dominant band"
                    + " (none without a clear peak) and the stability score 0-100.",
            "The file has a header row and either a time column (t or t_s, seconds) and one value column,"
                    + " or one value column and --rate. NaN or empty values and intervals longer than 2.5"
                    + " sample periods are gaps: the spectrum uses only stretches without gaps."
        })
final class AnalyzeTremorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "CSV file to analyse.")
    Path input;

    @Option(
            names = "--unit",
            paramLabel = "UNIT",
            defaultValue = "mm",
            description = "What the values are: mm or um (tip position), m/s2 (acceleration), rad/s (angular"
                    + " rate) (default: ${DEFAULT-VALUE}).")
    String unit;

    @Option(names = "--rate", paramLabel = "HZ", description = "Sample rate, for a file without a time column.")
    Double rateHz;

    @Option(names = "--high-pass", paramLabel = "HZ", description = "Voluntary-motion cut-off (default: 2 Hz).")
    Double highPassHz;

    @Option(
            names = "--segment",
            paramLabel = "SECONDS",
            description = "Welch segment length (default: 2 s, 0.5 Hz resolution).")
    Double segmentSeconds;

    @Option(
            names = "--lever-arm",
            paramLabel = "MM",
            description = "For rad/s: distance from the rotation centre to the instrument tip (default: 150 mm).")
    Double leverArmMillimetres;

    @Option(names = "--json", description = "Print the metrics as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Unit signalUnit = signalUnit();
        TremorSettings settings = settings();
        SeriesCsv.Series series =
                SeriesCsv.read(input, rateHz == null ? OptionalDouble.empty() : OptionalDouble.of(rateHz));
        TremorInput tremorInput = rateHz == null
                ? TremorInput.timestamped(signalUnit, series.timesNanos(), series.values())
                : new TremorInput(
                        signalUnit,
                        new TremorInput.Timestamped(series.timesNanos(), OptionalDouble.of(rateHz)),
                        java.util.List.of(series.values()));
        TremorMetrics metrics;
        try {
            metrics = TremorAnalyzer.analyze(tremorInput, settings);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(input + ": " + e.getMessage(), e);
        }
        if (json) {
            out().println(Json.write(json(metrics, settings, series)));
        } else {
            printText(metrics, series, signalUnit);
        }
        out().flush();
        return 0;
    }

    private Unit signalUnit() {
        try {
            Unit parsed = Unit.fromSymbol(unit);
            TremorSignalKind.of(parsed);
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new BadInputException("unknown tremor unit '" + unit + "'; use mm, um, m/s2 or rad/s", e);
        }
    }

    private TremorSettings settings() {
        TremorSettings settings = TremorSettings.defaults();
        try {
            if (highPassHz != null) {
                settings = settings.withHighPassCutoffHz(highPassHz);
            }
            if (segmentSeconds != null) {
                settings = settings.withSegmentSeconds(segmentSeconds)
                        .withWindowSeconds(Math.max(settings.windowSeconds(), segmentSeconds));
            }
            if (leverArmMillimetres != null) {
                settings = settings.withLeverArmMillimetres(leverArmMillimetres);
            }
            return settings;
        } catch (IllegalArgumentException e) {
            throw new BadInputException("invalid tremor settings: " + e.getMessage(), e);
        }
    }

    /** snake_case keys; powers in um^2 (the key names are fixed by the command's contract); NaN as null. */
    private static Map<String, Object> json(TremorMetrics m, TremorSettings settings, SeriesCsv.Series series) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("peak_hz", finiteOrNull(m.peakHz()));
        json.put("rms_um", m.rmsMicrometres());
        json.put("band", m.dominantBand().label());
        json.put("band_power_ratio", m.bandPowerRatio());
        json.put("stability_score", m.stabilityScore());
        json.put("physiological_power", m.physiologicalPowerSquareMicrometres());
        json.put("essential_power", m.essentialPowerSquareMicrometres());
        json.put("parkinsonian_power", m.parkinsonianPowerSquareMicrometres());
        json.put("power_unit", "um2");
        json.put("samples", series.size());
        json.put("skipped_samples", m.skippedSampleCount());
        json.put("gaps", m.gapCount());
        json.put("analysed_s", m.analysedSeconds());
        json.put("segments", m.segmentCount());
        json.put("high_pass_hz", settings.highPassCutoffHz());
        json.put("segment_s", settings.segmentSeconds());
        return json;
    }

    private void printText(TremorMetrics m, SeriesCsv.Series series, Unit signalUnit) {
        out().printf(
                        "Tremor in %s (column '%s', %s): %.2f s analysed in %d segments, %d samples skipped, %d gaps%n",
                        input,
                        series.valueName(),
                        signalUnit.symbol(),
                        m.analysedSeconds(),
                        m.segmentCount(),
                        m.skippedSampleCount(),
                        m.gapCount());
        out().printf(
                        "  dominant band       %s%s%n",
                        m.dominantBand().label(),
                        Double.isNaN(m.peakHz()) ? " (no clear peak)" : String.format(" (peak %.2f Hz)", m.peakHz()));
        out().printf("  RMS displacement  %9.2f um%n", m.rmsMicrometres());
        out().printf("  stability score   %9.1f / 100%n", m.stabilityScore());
        out().printf("  power near peak   %9.3f of the analysis-band power%n", m.bandPowerRatio());
        out().printf("  physiological     %9.2f um^2 (8-12 Hz)%n", m.physiologicalPowerSquareMicrometres());
        out().printf("  essential         %9.2f um^2 (4-12 Hz)%n", m.essentialPowerSquareMicrometres());
        out().printf("  parkinsonian      %9.2f um^2 (3-8 Hz)%n", m.parkinsonianPowerSquareMicrometres());
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private static Object finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}

package org.steadyhand.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.steadyhand.analysis.hrv.HrvAnalyzer;
import org.steadyhand.analysis.hrv.HrvResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steadyhand analyze hrv}: heart-rate variability of an RR interval file (see {@link RrCsv}). */
@Command(
        name = "hrv",
        mixinStandardHelpOptions = true,
        description = {
            "Heart-rate variability of RR intervals: time domain, Poincaré SD1/SD2, Baevsky stress index,"
                    + " VLF/LF/HF band powers from a 4 Hz cubic-spline resampled series.",
            "The file has a header 'rr_ms' and one interval in ms per line. Intervals outside 250-2500 ms"
                    + " are not heart beats: they are dropped and counted. Defaults are Kubios HRV's;"
                    + " compare with its reports at --detrend none --artefacts none (Welch 300 s, 50%)."
        })
final class AnalyzeHrvCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rr", required = true, paramLabel = "FILE", description = "RR interval CSV file.")
    Path rrFile;

    @Mixin
    HrvOptions options = new HrvOptions();

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Override
    public Integer call() {
        double[] rr = RrCsv.read(rrFile);
        HrvResult result = HrvAnalyzer.analyze(rr, options.settings());
        Map<String, Object> values = HrvJson.of(result);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(values));
        } else {
            out.printf(
                    "HRV of %s: %d intervals, %d analysed, %d out of range, %d artefacts (%d corrected), %.1f s%n",
                    rrFile,
                    result.inputCount(),
                    result.timeDomain().intervalCount(),
                    result.outOfRangeCount(),
                    result.artefactCount(),
                    result.correctedCount(),
                    result.durationSeconds());
            for (Map.Entry<String, Object> e : values.entrySet()) {
                if (!e.getKey().equals("settings") && !e.getKey().endsWith("intervals")) {
                    out.printf("  %-22s %s%n", e.getKey(), e.getValue() == null ? "-" : format(e.getValue()));
                }
            }
            out.printf(
                    "  settings               %s%n",
                    Json.write(values.get("settings")).replaceAll("\\s+", " "));
        }
        out.flush();
        return 0;
    }

    private static String format(Object value) {
        return value instanceof Double d ? String.format(java.util.Locale.ROOT, "%.4f", d) : String.valueOf(value);
    }
}

package org.steadyhand.ui.review;

import java.util.List;
import java.util.Optional;

/**
 * One time plot of the session detail: its title, unit, traces and threshold lines, or why the
 * session has nothing to show in it.
 *
 * @param unit unit of the values, as the axis shows it (e.g. {@code mN}, {@code µm})
 * @param traces drawn in order, the first in the accent colour
 * @param thresholds horizontal lines (force caution and danger)
 * @param notRecorded present when the session lacks the channel: the sentence shown instead
 * @param points draw a dot per sample (sparse series such as RR intervals)
 */
public record TimePlotData(
        String id,
        String title,
        String unit,
        List<Trace> traces,
        List<Threshold> thresholds,
        Optional<String> notRecorded,
        boolean points) {
    public TimePlotData {
        traces = List.copyOf(traces);
        thresholds = List.copyOf(thresholds);
    }

    /** A plot that the session has no data for. */
    static TimePlotData missing(String id, String title, String unit, String sentence) {
        return new TimePlotData(id, title, unit, List.of(), List.of(), Optional.of(sentence), false);
    }

    /** One named signal. */
    public record Trace(String name, MinMaxSeries series) {}

    /** A horizontal line at {@code value}, e.g. the danger force. */
    public record Threshold(String name, double value, Level level) {}

    /** How a threshold line is coloured. */
    public enum Level {
        CAUTION,
        DANGER
    }

    /** Samples over all traces. */
    public long sampleCount() {
        return traces.stream().mapToLong(trace -> trace.series().size()).sum();
    }
}

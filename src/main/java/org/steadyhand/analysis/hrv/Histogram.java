package org.steadyhand.analysis.hrv;

import java.util.HashMap;
import java.util.Map;

/**
 * An interval histogram with bins {@code [k·w, (k+1)·w)} aligned at zero, reduced to its mode: the
 * highest count and the centre of the lowest bin holding it. Alignment at zero makes the result
 * independent of the data's minimum (tools differ here; this is stated, not hidden).
 */
record Histogram(int modeCount, double modeCentreMillis) {
    static Histogram of(double[] values, double binMillis) {
        Map<Long, Integer> counts = new HashMap<>();
        for (double v : values) {
            counts.merge((long) Math.floor(v / binMillis), 1, Integer::sum);
        }
        long bestBin = Long.MAX_VALUE;
        int best = 0;
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            if (e.getValue() > best || (e.getValue() == best && e.getKey() < bestBin)) {
                best = e.getValue();
                bestBin = e.getKey();
            }
        }
        return new Histogram(best, (bestBin + 0.5) * binMillis);
    }
}

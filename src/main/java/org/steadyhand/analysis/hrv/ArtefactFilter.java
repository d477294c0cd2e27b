package org.steadyhand.analysis.hrv;

import java.util.Arrays;

/**
 * The artefact rule of DOMAIN.md (after Xu and Schuckers 2001): an interval is suspect when it
 * differs by more than {@code threshold} (relative) from both the median of the {@code
 * medianBeats} intervals centred on it (fewer at the ends) and the last accepted interval. The
 * first interval, with nothing accepted before it, is judged by the median alone. Correction
 * replaces a suspect interval by that local median. Stateless.
 */
final class ArtefactFilter {
    private ArtefactFilter() {}

    /**
     * @param rrMillis intervals in beat order
     * @return which intervals are suspect
     */
    static boolean[] flag(double[] rrMillis, double threshold, int medianBeats) {
        int n = rrMillis.length;
        boolean[] suspect = new boolean[n];
        double lastAccepted = Double.NaN;
        for (int i = 0; i < n; i++) {
            double median = localMedian(rrMillis, i, medianBeats);
            boolean farFromMedian = Math.abs(rrMillis[i] - median) > threshold * median;
            boolean farFromLast =
                    Double.isNaN(lastAccepted) || Math.abs(rrMillis[i] - lastAccepted) > threshold * lastAccepted;
            suspect[i] = farFromMedian && farFromLast;
            if (!suspect[i]) {
                lastAccepted = rrMillis[i];
            }
        }
        return suspect;
    }

    /** The series with each suspect interval replaced by its local median. */
    static double[] corrected(double[] rrMillis, boolean[] suspect, int medianBeats) {
        double[] out = rrMillis.clone();
        for (int i = 0; i < out.length; i++) {
            if (suspect[i]) {
                out[i] = localMedian(rrMillis, i, medianBeats);
            }
        }
        return out;
    }

    static double localMedian(double[] values, int centre, int beats) {
        int half = beats / 2;
        int from = Math.max(0, centre - half);
        int to = Math.min(values.length, centre + half + 1);
        double[] window = Arrays.copyOfRange(values, from, to);
        Arrays.sort(window);
        int m = window.length;
        return m % 2 == 1 ? window[m / 2] : (window[m / 2 - 1] + window[m / 2]) / 2;
    }
}

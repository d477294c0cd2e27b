package org.steadyhand.analysis.hrv;

import java.util.OptionalDouble;

/**
 * Time-domain and geometric HRV of one series of normal-to-normal intervals, with the conventions
 * of DOMAIN.md (Task Force 1996; Kubios): SDNN with n−1, RMSSD and pNN50 over the N−1 successive
 * differences, mean HR = 60000 / mean RR.
 *
 * @param intervalCount N, the number of intervals analysed
 * @param meanRrMillis mean interval, ms
 * @param sdnnMillis sample standard deviation (n−1) of the intervals, ms
 * @param meanHrBpm 60000 / {@code meanRrMillis}
 * @param minHrBpm lowest heart rate averaged over {@link HrvSettings#hrAverageBeats()} beats
 * @param maxHrBpm highest heart rate averaged likewise
 * @param rmssdMillis root mean square of successive differences, ms
 * @param nn50 successive differences larger than 50 ms
 * @param pnn50Percent 100 · NN50 / (N−1)
 * @param triangularIndex N / height of the interval histogram with 1/128 s bins (Task Force)
 * @param sd1Millis Poincaré width, √(½·SDSD²) with SDSD the n−1 deviation of the differences
 * @param sd2Millis Poincaré length, √(2·SDNN² − ½·SDSD²)
 * @param stressIndex Baevsky's SI = AMo / (2·Mo·MxDMn) with 50 ms bins (AMo in %, Mo and MxDMn in
 *     s); empty when all intervals are equal (MxDMn = 0). Kubios reports its square root.
 */
public record TimeDomain(
        int intervalCount,
        double meanRrMillis,
        double sdnnMillis,
        double meanHrBpm,
        double minHrBpm,
        double maxHrBpm,
        double rmssdMillis,
        int nn50,
        double pnn50Percent,
        double triangularIndex,
        double sd1Millis,
        double sd2Millis,
        OptionalDouble stressIndex) {

    /** Task Force 1996: 1/128 s histogram bins for the HRV triangular index. */
    static final double TRIANGULAR_BIN_MILLIS = 1000.0 / 128;
    /** DOMAIN.md: Baevsky's SI uses 50 ms bins (the bin width changes SI). */
    static final double STRESS_BIN_MILLIS = 50;

    /** Computes every value of {@code rr} (at least 2 intervals, all &gt; 0). */
    static TimeDomain of(double[] rr, int hrAverageBeats) {
        int n = rr.length;
        if (n < 2) {
            throw new IllegalArgumentException("time-domain HRV needs at least 2 intervals, got " + n);
        }
        double mean = 0;
        for (double v : rr) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : rr) {
            ss += (v - mean) * (v - mean);
        }
        double sdnn = Math.sqrt(ss / (n - 1));
        double sumDiff = 0;
        double sumDiffSquares = 0;
        int nn50 = 0;
        for (int i = 1; i < n; i++) {
            double d = rr[i] - rr[i - 1];
            sumDiff += d;
            sumDiffSquares += d * d;
            if (Math.abs(d) > 50) {
                nn50++;
            }
        }
        int diffs = n - 1;
        double rmssd = Math.sqrt(sumDiffSquares / diffs);
        double sdsdSquared = diffs > 1 ? (sumDiffSquares - sumDiff * sumDiff / diffs) / (diffs - 1) : 0;
        double sd1 = Math.sqrt(0.5 * sdsdSquared);
        double sd2 = Math.sqrt(Math.max(0, 2 * sdnn * sdnn - 0.5 * sdsdSquared));
        double[] hrRange = averagedHeartRateRange(rr, hrAverageBeats);
        return new TimeDomain(
                n,
                mean,
                sdnn,
                60_000 / mean,
                hrRange[0],
                hrRange[1],
                rmssd,
                nn50,
                100.0 * nn50 / diffs,
                n / (double) Histogram.of(rr, TRIANGULAR_BIN_MILLIS).modeCount(),
                sd1,
                sd2,
                stressIndex(rr));
    }

    private static double[] averagedHeartRateRange(double[] rr, int beats) {
        int window = Math.min(beats, rr.length);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int i = 0; i < rr.length; i++) {
            sum += 60_000 / rr[i];
            if (i >= window) {
                sum -= 60_000 / rr[i - window];
            }
            if (i >= window - 1) {
                min = Math.min(min, sum / window);
                max = Math.max(max, sum / window);
            }
        }
        return new double[] {min, max};
    }

    static OptionalDouble stressIndex(double[] rr) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : rr) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mxdmnSeconds = (max - min) / 1000;
        if (!(mxdmnSeconds > 0)) {
            return OptionalDouble.empty();
        }
        Histogram histogram = Histogram.of(rr, STRESS_BIN_MILLIS);
        double amoPercent = 100.0 * histogram.modeCount() / rr.length;
        double moSeconds = histogram.modeCentreMillis() / 1000;
        return OptionalDouble.of(amoPercent / (2 * moSeconds * mxdmnSeconds));
    }
}

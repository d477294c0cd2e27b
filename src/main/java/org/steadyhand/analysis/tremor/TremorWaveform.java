package org.steadyhand.analysis.tremor;

/**
 * One axis of high-passed tip displacement decimated for display: the minimum and maximum of the
 * samples in each of a fixed number of equal time buckets (one per pixel column), so that peaks
 * survive decimation. A bucket with no samples (inside a gap) holds NaN in both arrays.
 *
 * <p>For acceleration and angular-rate inputs the displacement is integrated in the time domain
 * (each integration followed by the same high-pass to keep it from drifting), which is good enough
 * to look at; the metrics come from the spectrum, not from this trace.
 *
 * @param firstBucketStartNanos start of bucket 0, in the input's time base
 * @param bucketNanos width of each bucket, ns
 * @param minMicrometres smallest displacement per bucket, µm
 * @param maxMicrometres largest displacement per bucket, µm
 */
public record TremorWaveform(
        long firstBucketStartNanos, double bucketNanos, double[] minMicrometres, double[] maxMicrometres) {
    public TremorWaveform {
        if (minMicrometres.length != maxMicrometres.length) {
            throw new IllegalArgumentException("min and max need one value per bucket each");
        }
    }
}

package org.steadyhand.ui.review;

import java.util.Arrays;
import java.util.List;

/**
 * Collects one channel chunk by chunk as it is read from the store, values narrowed to float (7
 * significant digits: 0.001 µm on a 10 mm position). Times equal to those of a channel built
 * before (the channels of one device share their sample times) are shared rather than kept twice,
 * which halves the memory of a one-hour session. Not thread-safe.
 */
final class SeriesBuilder {
    private long[] times;
    private float[] values;
    private int size;

    SeriesBuilder(long expectedSamples) {
        int capacity = (int) Math.max(16, Math.min(Integer.MAX_VALUE - 8, expectedSamples));
        times = new long[capacity];
        values = new float[capacity];
    }

    void add(long[] chunkTimes, double[] chunkValues) {
        if (size + chunkValues.length > values.length) {
            int capacity = Math.max(size + chunkValues.length, values.length * 2);
            times = Arrays.copyOf(times, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        System.arraycopy(chunkTimes, 0, times, size, chunkValues.length);
        for (int i = 0; i < chunkValues.length; i++) {
            values[size + i] = (float) chunkValues[i];
        }
        size += chunkValues.length;
    }

    int size() {
        return size;
    }

    long[] times() {
        return times;
    }

    float[] values() {
        return values;
    }

    /** The series, its time array replaced by an equal one among {@code earlier} if there is one. */
    MinMaxSeries build(List<long[]> earlier) {
        for (long[] other : earlier) {
            if (other.length >= size && Arrays.equals(other, 0, size, times, 0, size)) {
                times = other;
                break;
            }
        }
        return new MinMaxSeries(times, values, size);
    }
}

package org.steadyhand.analysis.tremor;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Welch's power spectral density, built one segment at a time so that batch and streaming
 * analysis share it: per segment, subtract the mean, apply a periodic Hann window, take the real
 * FFT (JTransforms {@code realForward}), and add the one-sided density-scaled periodogram to an
 * accumulator. Averaging the accumulated segments taken with 50% overlap equals
 * {@code scipy.signal.welch(x, fs, window='hann', nperseg=N, noverlap=N//2)} (its defaults:
 * detrend='constant', scaling='density', mean averaging).
 *
 * <p>JTransforms' packed output does not leave this class. Not thread-safe (it owns a work buffer).
 */
final class WelchPsd {
    private final int length;
    private final double sampleRateHz;
    private final DoubleFFT_1D fft;
    private final double[] window;
    private final double[] work;
    private final double scale;

    WelchPsd(int segmentLength, double sampleRateHz) {
        if (segmentLength < 4) {
            throw new IllegalArgumentException("a Welch segment needs at least 4 samples, got " + segmentLength);
        }
        this.length = segmentLength;
        this.sampleRateHz = sampleRateHz;
        this.fft = new DoubleFFT_1D(segmentLength);
        this.window = new double[segmentLength];
        this.work = new double[segmentLength];
        double sumSquares = 0;
        for (int i = 0; i < segmentLength; i++) {
            // Periodic Hann (scipy get_window('hann', N), fftbins=True): 0.5 - 0.5 cos(2 pi i / N).
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / segmentLength);
            sumSquares += window[i] * window[i];
        }
        this.scale = 1.0 / (sampleRateHz * sumSquares);
    }

    int segmentLength() {
        return length;
    }

    /** Number of one-sided bins, N/2 + 1 (rounded down). */
    int binCount() {
        return length / 2 + 1;
    }

    double binWidthHz() {
        return sampleRateHz / length;
    }

    /**
     * Adds the periodogram of {@code segmentLength} samples of {@code source} starting at
     * {@code from} to {@code accumulator} (unit²/Hz); indices wrap modulo the source length, so a
     * ring buffer can be passed as is.
     */
    void addPeriodogram(double[] source, int from, double[] accumulator) {
        int capacity = source.length;
        double sum = 0;
        for (int i = 0, j = from % capacity; i < length; i++, j = j + 1 == capacity ? 0 : j + 1) {
            work[i] = source[j];
            sum += work[i];
        }
        double mean = sum / length;
        for (int i = 0; i < length; i++) {
            work[i] = (work[i] - mean) * window[i];
        }
        fft.realForward(work);
        // Packed layout: work[0] = Re[0]; for even N work[1] = Re[N/2]; for odd N work[1] = Im[(N-1)/2]
        // and work[N-1] = Re[(N-1)/2]; otherwise work[2k], work[2k+1] = Re[k], Im[k].
        accumulator[0] += work[0] * work[0] * scale;
        int half = length / 2;
        boolean even = length % 2 == 0;
        for (int k = 1; k < half; k++) {
            double re = work[2 * k];
            double im = work[2 * k + 1];
            accumulator[k] += 2 * (re * re + im * im) * scale;
        }
        if (even) {
            accumulator[half] += work[1] * work[1] * scale;
        } else {
            double re = work[length - 1];
            double im = work[1];
            accumulator[half] += 2 * (re * re + im * im) * scale;
        }
    }

    /** Welch PSD of all of {@code x} (segments at 0, N/2, ... while they fit); empty if none fits. */
    double[] welch(double[] x) {
        double[] psd = new double[binCount()];
        int step = length - length / 2;
        int count = 0;
        for (int from = 0; from + length <= x.length; from += step) {
            addPeriodogram(x, from, psd);
            count++;
        }
        if (count == 0) {
            return new double[0];
        }
        for (int k = 0; k < psd.length; k++) {
            psd[k] /= count;
        }
        return psd;
    }
}

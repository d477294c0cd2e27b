package org.steadyhand.analysis.hrv;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Welch's PSD of an evenly sampled series, the approach of analysis.tremor's WelchPsd for the HRV
 * segment lengths: segments of {@code segmentLength} samples stepping by {@code segmentLength -
 * floor(segmentLength · overlap)}, each with its mean removed and a periodic Hann window, one-sided
 * density scaling, averaged. Equals {@code scipy.signal.welch(x, fs, window='hann', nperseg,
 * noverlap, detrend='constant')}. JTransforms' packed output stays in this class. Stateless.
 */
final class WelchSpectrum {
    private WelchSpectrum() {}

    /**
     * @param segmentLength samples per segment; reduced to {@code x.length} if longer (a short
     *     recording is one segment)
     */
    static PowerSpectrum estimate(double[] x, double sampleRateHz, int segmentLength, double overlap) {
        int length = Math.min(segmentLength, x.length);
        if (length < 4) {
            throw new IllegalArgumentException("a Welch segment needs at least 4 samples, got " + length);
        }
        double[] window = new double[length];
        double sumSquares = 0;
        for (int i = 0; i < length; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / length);
            sumSquares += window[i] * window[i];
        }
        double scale = 1.0 / (sampleRateHz * sumSquares);
        int step = length - (int) Math.floor(length * overlap);
        int half = length / 2;
        double[] psd = new double[half + 1];
        double[] work = new double[length];
        DoubleFFT_1D fft = new DoubleFFT_1D(length);
        int count = 0;
        for (int from = 0; from + length <= x.length; from += step) {
            double mean = 0;
            for (int i = 0; i < length; i++) {
                mean += x[from + i];
            }
            mean /= length;
            for (int i = 0; i < length; i++) {
                work[i] = (x[from + i] - mean) * window[i];
            }
            fft.realForward(work);
            // Packed: work[0] = Re[0]; even N: work[1] = Re[N/2]; odd N: work[1] = Im[(N-1)/2],
            // work[N-1] = Re[(N-1)/2]; otherwise work[2k], work[2k+1] = Re[k], Im[k].
            psd[0] += work[0] * work[0] * scale;
            for (int k = 1; k < half; k++) {
                psd[k] += 2 * (work[2 * k] * work[2 * k] + work[2 * k + 1] * work[2 * k + 1]) * scale;
            }
            if (length % 2 == 0) {
                psd[half] += work[1] * work[1] * scale;
            } else {
                psd[half] += 2 * (work[length - 1] * work[length - 1] + work[1] * work[1]) * scale;
            }
            count++;
        }
        for (int k = 0; k < psd.length; k++) {
            psd[k] /= count;
        }
        return new PowerSpectrum(sampleRateHz / length, psd);
    }
}

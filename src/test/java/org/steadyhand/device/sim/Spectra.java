package org.steadyhand.device.sim;

/**
 * Test-side spectral analysis, written independently of the code under test: Welch's method with
 * Hann windows, 50% overlap and per-segment linear detrending (DOMAIN.md's tremor method), by a
 * direct DFT over the bins of interest.
 */
final class Spectra {
    private Spectra() {}

    /** A one-sided power spectral density: {@code psd[k]} in unit^2/Hz at {@code k * binHz}. */
    record Psd(double binHz, double[] psd) {
        int peakBin(double fromHz, double toHz) {
            int best = -1;
            for (int k = (int) Math.ceil(fromHz / binHz); k <= (int) Math.floor(toHz / binHz) && k < psd.length; k++) {
                if (best < 0 || psd[k] > psd[best]) {
                    best = k;
                }
            }
            return best;
        }

        double peakHz(double fromHz, double toHz) {
            return peakBin(fromHz, toHz) * binHz;
        }

        /** Power (variance) in [fromHz, toHz], unit^2. */
        double bandPower(double fromHz, double toHz) {
            double sum = 0;
            for (int k = (int) Math.ceil(fromHz / binHz); k <= (int) Math.floor(toHz / binHz) && k < psd.length; k++) {
                sum += psd[k] * binHz;
            }
            return sum;
        }
    }

    /**
     * @param maxHz highest frequency computed (bins above it are left out to save time)
     */
    static Psd welch(double[] x, double sampleRateHz, int segment, double maxHz) {
        double binHz = sampleRateHz / segment;
        int bins = Math.min(segment / 2, (int) (maxHz / binHz)) + 1;
        double[] window = new double[segment];
        double windowPower = 0;
        for (int i = 0; i < segment; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / segment);
            windowPower += window[i] * window[i];
        }
        double[] psd = new double[bins];
        int count = 0;
        for (int start = 0; start + segment <= x.length; start += segment / 2) {
            double[] seg = detrended(x, start, segment);
            for (int k = 0; k < bins; k++) {
                double re = 0;
                double im = 0;
                double w = 2 * Math.PI * k / segment;
                for (int i = 0; i < segment; i++) {
                    double v = seg[i] * window[i];
                    re += v * Math.cos(w * i);
                    im -= v * Math.sin(w * i);
                }
                double scale = (k == 0 || k == segment / 2 ? 1.0 : 2.0) / (sampleRateHz * windowPower);
                psd[k] += scale * (re * re + im * im);
            }
            count++;
        }
        for (int k = 0; k < bins; k++) {
            psd[k] /= count;
        }
        return new Psd(binHz, psd);
    }

    /** A copy of x[start, start + n) with its least-squares straight line removed. */
    static double[] detrended(double[] x, int start, int n) {
        double meanT = (n - 1) / 2.0;
        double meanX = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[start + i];
        }
        meanX /= n;
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            num += (i - meanT) * (x[start + i] - meanX);
            den += (i - meanT) * (i - meanT);
        }
        double slope = num / den;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = x[start + i] - meanX - slope * (i - meanT);
        }
        return out;
    }
}

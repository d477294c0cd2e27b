package org.steadyhand.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The review's tremor waveform: the 2 Hz high-pass of analysis.tremor, in µm, restarted at gaps. */
class TremorWaveformBuilderTest {
    /** |H(f)| of a second-order Butterworth high-pass at 2 Hz: (f/fc)² / sqrt(1 + (f/fc)⁴). */
    private static double gain(double hz) {
        double r = Math.pow(hz / 2.0, 2);
        return r / Math.sqrt(1 + r * r);
    }

    @ParameterizedTest(name = "{1} mm at {0} Hz on a 3 mm offset")
    @CsvSource(textBlock = """
            9,   0.04
            12,  0.02
            0.1, 1.0
            0.5, 2.0
            """)
    void passesTremorAndAttenuatesVoluntaryMotionAsTheFilterResponseSays(double hz, double amplitudeMm) {
        int n = 30_000;
        long[] t = new long[n];
        float[] mm = new float[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 1_000_000L;
            mm[i] = (float) (3.0 + amplitudeMm * Math.sin(2 * Math.PI * hz * i / 1000.0));
        }

        MinMaxSeries out = TremorWaveformBuilder.highPassedMicrometres(t, mm, n);

        // The last 20 s: past the filter's settling, whole periods of every test frequency.
        MinMaxSeries.Decimated settled = out.decimate(10_000_000_000L, 30_000_000_000L, 1);
        double expected = amplitudeMm * 1000 * gain(hz);
        assertThat(settled.max()[0]).isCloseTo(expected, within(0.01 * expected + 0.01));
        assertThat(settled.min()[0]).isCloseTo(-expected, within(0.01 * expected + 0.01));
    }

    @Test
    void aGapRestartsTheFilterSoAStepAcrossItDoesNotRing() {
        int n = 4000;
        long[] t = new long[n];
        float[] mm = new float[n];
        for (int i = 0; i < n; i++) {
            // 2 s at 3 mm, then, after a 5 s gap, 2 s at 8 mm: a 5 mm step across the gap.
            t[i] = (i < 2000 ? i : i + 5000) * 1_000_000L;
            mm[i] = i < 2000 ? 3f : 8f;
        }

        MinMaxSeries out = TremorWaveformBuilder.highPassedMicrometres(t, mm, n);

        assertThat(out.range()[0]).isCloseTo(0, within(1e-3));
        assertThat(out.range()[1]).isCloseTo(0, within(1e-3));
    }

    @Test
    void lostSamplesStayLost() {
        int n = 3000;
        long[] t = new long[n];
        float[] mm = new float[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 1_000_000L;
            mm[i] = i == 1500 ? Float.NaN : 3f;
        }

        MinMaxSeries out = TremorWaveformBuilder.highPassedMicrometres(t, mm, n);

        assertThat(out.values()[1500]).isNaN();
        assertThat(out.values()[1501]).isZero();
        assertThat(out.values()[2999]).isZero();
    }
}

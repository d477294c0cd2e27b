package org.steadyhand.analysis.hrv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.core.BadInputException;

/** Values with closed forms, independent of any library. */
class HrvClosedFormTest {
    @Test
    void alternatingIntervalsGiveTheirClosedFormStatistics() {
        double[] rr = new double[100];
        for (int i = 0; i < rr.length; i++) {
            rr[i] = i % 2 == 0 ? 800 : 900;
        }

        TimeDomain t = HrvAnalyzer.analyze(rr, HrvSettings.kubiosDefaults()).timeDomain();

        assertThat(t.meanRrMillis()).isCloseTo(850, within(1e-12));
        // SDNN with n−1: 50 · √(n / (n−1)).
        assertThat(t.sdnnMillis()).isCloseTo(50 * Math.sqrt(100.0 / 99), within(1e-9));
        assertThat(t.rmssdMillis()).isCloseTo(100, within(1e-12));
        assertThat(t.nn50()).isEqualTo(99);
        assertThat(t.pnn50Percent()).isCloseTo(100, within(1e-12));
        assertThat(t.meanHrBpm()).isCloseTo(60000.0 / 850, within(1e-12));
        // Two bins of 50 intervals: triangular index 100 / 50.
        assertThat(t.triangularIndex()).isCloseTo(2, within(1e-12));
        // Mo = 825 ms (centre of [800, 850)), AMo = 50 %, MxDMn = 0.1 s.
        assertThat(t.stressIndex().orElseThrow()).isCloseTo(50 / (2 * 0.825 * 0.1), within(1e-9));
    }

    @Test
    void constantIntervalsHaveNoStressIndexAndZeroVariability() {
        double[] rr = new double[50];
        java.util.Arrays.fill(rr, 1000);

        TimeDomain t = HrvAnalyzer.analyze(rr, HrvSettings.kubiosDefaults()).timeDomain();

        assertThat(t.sdnnMillis()).isZero();
        assertThat(t.rmssdMillis()).isZero();
        assertThat(t.sd1Millis()).isZero();
        assertThat(t.stressIndex()).isEmpty();
        assertThat(t.minHrBpm()).isCloseTo(60, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # frequency Hz, amplitude ms, band
            0.25, 40, HF
            0.10, 30, LF
            0.20, 20, HF
            """)
    void sinusoidalModulationPutsHalfTheSquaredAmplitudeIntoItsBand(double hz, double amplitude, String band) {
        double[] rr = modulated(hz, amplitude, 600);

        FrequencyDomain f = HrvAnalyzer.analyze(rr, HrvSettings.kubiosComparison())
                .frequencyDomain()
                .orElseThrow();

        double power = band.equals("HF") ? f.hfMs2() : f.lfMs2();
        double expected = amplitude * amplitude / 2;
        assertThat(power).isCloseTo(expected, within(0.05 * expected));
        double peak = (band.equals("HF") ? f.hfPeakHz() : f.lfPeakHz()).orElseThrow();
        assertThat(peak).isCloseTo(hz, within(1.0 / 300));
    }

    @Test
    void arSpectrumAgreesWithWelchOnANoisySeriesWithTwoRhythms() {
        double[] rr = HrvReference.rr("rr_clean.csv");

        FrequencyDomain welch = HrvAnalyzer.analyze(rr, HrvSettings.kubiosComparison())
                .frequencyDomain()
                .orElseThrow();
        FrequencyDomain ar = HrvAnalyzer.analyze(
                        rr, HrvSettings.kubiosComparison().withSpectrum(HrvSettings.SpectrumMethod.AR))
                .frequencyDomain()
                .orElseThrow();

        // The series has 40 ms at 0.25 Hz (800 ms²) and 25 ms at 0.1 Hz (312 ms²) plus noise.
        assertThat(ar.hfMs2()).isCloseTo(welch.hfMs2(), within(0.1 * welch.hfMs2()));
        assertThat(ar.lfMs2()).isCloseTo(welch.lfMs2(), within(0.15 * welch.lfMs2()));
        assertThat(ar.hfPeakHz().orElseThrow()).isCloseTo(0.25, within(0.01));
    }

    @Test
    void burgRecoversTheCoefficientsOfAKnownArProcess() {
        java.util.Random random = new java.util.Random(7);
        double[] x = new double[20000];
        for (int n = 2; n < x.length; n++) {
            x[n] = 1.2 * x[n - 1] - 0.6 * x[n - 2] + random.nextGaussian();
        }

        double[] model = BurgSpectrum.fit(x, 2);

        // x[n] = -a1 x[n-1] - a2 x[n-2] + e, so a1 = -1.2, a2 = 0.6, σ² = 1.
        assertThat(model[0]).isCloseTo(-1.2, within(0.02));
        assertThat(model[1]).isCloseTo(0.6, within(0.02));
        assertThat(model[2]).isCloseTo(1.0, within(0.03));
    }

    @Test
    void outOfRangeIntervalsAreDroppedAndCounted() {
        double[] rr = {800, 0, 810, 10_000, 820, Double.NaN, 830};

        HrvResult result = HrvAnalyzer.analyze(rr, HrvSettings.kubiosDefaults());

        assertThat(result.inputCount()).isEqualTo(7);
        assertThat(result.outOfRangeCount()).isEqualTo(3);
        assertThat(result.timeDomain().intervalCount()).isEqualTo(4);
        assertThat(result.timeDomain().meanRrMillis()).isCloseTo(815, within(1e-12));
        assertThat(result.frequencyDomain()).isEmpty();
    }

    @Test
    void tooFewHeartBeatIntervalsIsBadInput() {
        assertThatThrownBy(() -> HrvAnalyzer.analyze(new double[] {0, 800, 10_000}, HrvSettings.kubiosDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("at least 3")
                .hasMessageContaining("2 out of range");
    }

    @Test
    void anEctopicPairIsFlaggedAndCorrectionRestoresRmssd() {
        double[] rr = modulated(0.25, 20, 300);
        double clean = HrvAnalyzer.analyze(rr, HrvSettings.kubiosDefaults())
                .timeDomain()
                .rmssdMillis();
        rr[100] *= 0.6;
        rr[101] *= 1.4;

        HrvResult raw = HrvAnalyzer.analyze(rr, HrvSettings.kubiosDefaults());
        HrvResult fixed = HrvAnalyzer.analyze(
                rr, HrvSettings.kubiosDefaults().withArtefacts(HrvSettings.ArtefactHandling.CORRECT));

        assertThat(raw.artefactCount()).isEqualTo(2);
        assertThat(raw.correctedCount()).isZero();
        assertThat(raw.timeDomain().rmssdMillis()).isGreaterThan(2 * clean);
        assertThat(fixed.correctedCount()).isEqualTo(2);
        assertThat(fixed.timeDomain().rmssdMillis()).isCloseTo(clean, within(0.1 * clean));
    }

    /** Intervals of 1000 ms modulated by a sine of the beat time, for {@code seconds}. */
    private static double[] modulated(double hz, double amplitude, double seconds) {
        java.util.List<Double> rr = new java.util.ArrayList<>();
        for (double t = 0; t < seconds; ) {
            double v = 1000 + amplitude * Math.sin(2 * Math.PI * hz * t);
            rr.add(v);
            t += v / 1000;
        }
        return rr.stream().mapToDouble(Double::doubleValue).toArray();
    }
}

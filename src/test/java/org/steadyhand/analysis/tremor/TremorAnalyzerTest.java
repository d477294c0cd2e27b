package org.steadyhand.analysis.tremor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.core.Unit;

/** Behaviour of the batch analysis beyond the scipy known answers. */
class TremorAnalyzerTest {
    private static final TremorSettings DEFAULTS = TremorSettings.defaults();

    @Test
    void whiteNoiseHasNoClearPeak() {
        double[] x = TremorSignals.whiteNoise(20_000, 0.01, 11);
        double[] y = TremorSignals.whiteNoise(20_000, 0.01, 12);

        TremorMetrics m = TremorAnalyzer.analyze(TremorInput.uniform(Unit.MILLIMETRE, 1000, x, y), DEFAULTS);

        assertThat(m.dominantBand()).isEqualTo(TremorBand.NONE);
        assertThat(m.peakHz()).isNaN();
        assertThat(m.bandPowerRatio()).isLessThan(DEFAULTS.clearPeakRatio());
        assertThat(m.rmsMicrometres()).isGreaterThan(0);
    }

    @Test
    void voluntaryMotionAloneHasNoClearPeak() {
        // A slow, large movement (0.3 Hz, 3 mm) plus 0.5 um of sensor noise, and no tremor.
        double[] x = TremorSignals.uniformPosition(250, 20, 3.0, 0, 10);
        double[] noise = TremorSignals.whiteNoise(x.length, 0.0005, 5);
        for (int i = 0; i < x.length; i++) {
            x[i] += noise[i];
        }

        TremorMetrics m = TremorAnalyzer.analyze(TremorInput.uniform(Unit.MILLIMETRE, 250, x), DEFAULTS);

        assertThat(m.dominantBand()).isEqualTo(TremorBand.NONE);
        assertThat(m.peakHz()).isNaN();
    }

    @Test
    void accelerationOfFiftyMicrometreTremorAtTenHzGivesRmsOf35Point4() {
        // x = 50 um sin(2 pi 10 t) => a = -(2 pi 10)^2 x: about 0.197 m/s^2 peak (DOMAIN.md: ~0.2).
        double omega = 2 * Math.PI * 10;
        double[] a = new double[10_000];
        for (int i = 0; i < a.length; i++) {
            a[i] = -omega * omega * 50e-6 * Math.sin(omega * i / 1000.0);
        }

        TremorMetrics m = TremorAnalyzer.analyze(TremorInput.uniform(Unit.METRE_PER_SECOND_SQUARED, 1000, a), DEFAULTS);

        assertThat(m.rmsMicrometres()).isCloseTo(50 / Math.sqrt(2), within(0.03 * 35.36));
        assertThat(m.peakHz()).isCloseTo(10, within(0.1));
        assertThat(m.dominantBand()).isEqualTo(TremorBand.PHYSIOLOGICAL);
        double peakWaveform = Arrays.stream(m.waveforms().get(0).maxMicrometres())
                .skip(200)
                .max()
                .orElseThrow();
        assertThat(peakWaveform).isCloseTo(50, within(2.5));
    }

    @Test
    void angularRateUsesTheLeverArm() {
        // theta = 0.2 mrad sin(2 pi 8 t); at a 250 mm lever the tip moves 50 um peak.
        double omega = 2 * Math.PI * 8;
        double[] rate = new double[10_000];
        for (int i = 0; i < rate.length; i++) {
            rate[i] = omega * 2e-4 * Math.cos(omega * i / 1000.0);
        }

        TremorMetrics m = TremorAnalyzer.analyze(
                TremorInput.uniform(Unit.RADIAN_PER_SECOND, 1000, rate), DEFAULTS.withLeverArmMillimetres(250));

        assertThat(m.rmsMicrometres()).isCloseTo(50 / Math.sqrt(2), within(0.03 * 35.36));
    }

    @Test
    void micrometreInputGivesTheSameAnswerAsMillimetres() {
        double[] mm = TremorSignals.uniformPosition(500, 10, 1, 40, 6.2);
        double[] um = Arrays.stream(mm).map(v -> v * 1000).toArray();

        TremorMetrics fromMm = TremorAnalyzer.analyze(TremorInput.uniform(Unit.MILLIMETRE, 500, mm), DEFAULTS);
        TremorMetrics fromUm = TremorAnalyzer.analyze(TremorInput.uniform(Unit.MICROMETRE, 500, um), DEFAULTS);

        assertThat(fromUm.rmsMicrometres()).isCloseTo(fromMm.rmsMicrometres(), within(1e-9));
        assertThat(fromUm.dominantBand()).isEqualTo(TremorBand.ESSENTIAL_OR_PARKINSONIAN);
    }

    @Test
    void jitteredTimestampsWithGapsGiveTheCleanAnswer() {
        double rate = 1000;
        int n = 20_000;
        double[] clean = TremorSignals.uniformPosition(rate, n / rate, 2.0, 50, 9.0);
        TremorMetrics reference = TremorAnalyzer.analyze(TremorInput.uniform(Unit.MILLIMETRE, rate, clean), DEFAULTS);

        // +-0.2 ms jitter, one lost sample (bridged), one 50 ms drop-out and a NaN (gaps).
        Random random = new Random(4);
        long[] t = new long[n];
        double[] x = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if ((i >= 5000 && i < 5050) || i == 8000) {
                continue;
            }
            t[m] = Math.round(i * 1e6 + (random.nextDouble() - 0.5) * 4e5);
            x[m] = TremorSignals.position(t[m] / 1e9, 2.0, 50, 9.0);
            m++;
        }
        x[12_000] = Double.NaN;
        TremorMetrics jittered = TremorAnalyzer.analyze(
                TremorInput.timestamped(Unit.MILLIMETRE, Arrays.copyOf(t, m), Arrays.copyOf(x, m)), DEFAULTS);

        assertThat(jittered.gapCount()).isEqualTo(2);
        assertThat(jittered.skippedSampleCount()).isEqualTo(1);
        assertThat(jittered.peakHz()).isCloseTo(reference.peakHz(), within(0.05));
        assertThat(jittered.rmsMicrometres()).isCloseTo(reference.rmsMicrometres(), within(0.03 * 36));
        assertThat(jittered.dominantBand()).isEqualTo(reference.dominantBand());
    }

    @Test
    void runsShorterThanASegmentAreSkippedAndCounted() {
        double[] x = TremorSignals.uniformPosition(100, 10, 1, 40, 9);
        x[150] = Double.NaN; // first run: 1.5 s, shorter than a 2 s segment

        TremorMetrics m = TremorAnalyzer.analyze(TremorInput.uniform(Unit.MILLIMETRE, 100, x), DEFAULTS);

        assertThat(m.gapCount()).isEqualTo(1);
        assertThat(m.skippedSampleCount()).isEqualTo(151);
        assertThat(m.analysedSeconds()).isCloseTo(8.49, within(1e-9));
        assertThat(m.waveforms().get(0).minMicrometres()).hasSize(400);
    }

    @Test
    void tooShortInputSaysHowMuchIsNeeded() {
        double[] x = TremorSignals.uniformPosition(1000, 1.5, 1, 40, 9);

        assertThatThrownBy(() -> TremorAnalyzer.analyze(TremorInput.uniform(Unit.MILLIMETRE, 1000, x), DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("need at least 2.00 s of contiguous data")
                .hasMessageContaining("longest contiguous run is 1.50 s");
    }

    @Test
    void allNanInputSaysHowMuchIsNeeded() {
        double[] x = new double[5000];
        Arrays.fill(x, Double.NaN);

        assertThatThrownBy(() -> TremorAnalyzer.analyze(TremorInput.uniform(Unit.MILLIMETRE, 1000, x), DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longest contiguous run is 0.00 s");
    }

    @Test
    void rejectsTimestampsThatGoBack() {
        long[] t = {0, 1_000_000, 3_000_000, 2_000_000};

        assertThatThrownBy(() ->
                        TremorAnalyzer.analyze(TremorInput.timestamped(Unit.MILLIMETRE, t, new double[4]), DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timestamps must strictly increase, but sample 3 at 2000000 ns does not come after"
                        + " sample 2 at 3000000 ns");
    }

    @Test
    void rejectsEmptyInput() {
        assertThatThrownBy(() -> TremorInput.uniform(Unit.MILLIMETRE, 1000, new double[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one sample");
        assertThatThrownBy(() -> TremorInput.timestamped(Unit.MILLIMETRE, new long[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'timesNanos' must not be empty");
    }

    @Test
    void rejectsUnitThatIsNotATremorSignal() {
        assertThatThrownBy(() -> TremorInput.uniform(Unit.MILLINEWTON, 1000, new double[10]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unit 'mN' is not a tremor signal");
    }

    @Test
    void rejectsRateTooLowForTheAnalysisBand() {
        double[] x = new double[2000];

        assertThatThrownBy(() -> TremorAnalyzer.analyze(TremorInput.uniform(Unit.MILLIMETRE, 40, x), DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("above 50.0 Hz");
    }

    @Test
    void rejectsAxesOfDifferentLengths() {
        assertThatThrownBy(() -> new TremorInput(
                        Unit.MILLIMETRE, new TremorInput.Uniform(100), List.of(new double[3], new double[4])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same number of samples");
    }

    @ParameterizedTest(name = "{0} um -> {1}")
    @CsvSource(textBlock = """
            10,    100
            35,    100
            49,    80.7
            100,   39.8
            200,   0
            500,   0
            """)
    void stabilityScoreIsLogLinearBetweenTheAnchors(double rmsMicrometres, double expectedScore) {
        assertThat(SpectralFeatures.stabilityScore(rmsMicrometres, DEFAULTS)).isCloseTo(expectedScore, within(0.05));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            3.5,  parkinsonian
            5.0,  essential_or_parkinsonian
            7.9,  essential_or_parkinsonian
            8.0,  physiological
            11.5, physiological
            """)
    void bandFollowsThePeakFrequency(double peakHz, String label) {
        assertThat(TremorBand.ofPeak(peakHz).label()).isEqualTo(label);
    }
}

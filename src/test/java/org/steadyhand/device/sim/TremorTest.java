package org.steadyhand.device.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tip's tremor as an analyser would measure it (DOMAIN.md: high-pass at 2 Hz, Welch PSD with
 * Hann windows and 50% overlap, peak = argmax in band), on 20 s of holding still.
 */
class TremorTest {
    private static final int TIP_X = 0;
    private static final int TIP_Y = 1;
    private static final int TIP_Z = 2;

    /** RMS of the motion above 2 Hz, in um, and the spectral peak. */
    private record Measured(double peakHz, double rmsUm) {}

    private static Measured measure(double[] mm) {
        Spectra.Psd psd = Spectra.welch(mm, 1000, 2048, 100);
        return new Measured(psd.peakHz(2, 30), 1000 * Math.sqrt(psd.bandPower(2, 100)));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource(textBlock = """
            EXPERT,       1,  25,  45
            EXPERT,       8412, 25,  45
            INTERMEDIATE, 1,  45,  80
            INTERMEDIATE, 8412, 45,  80
            NOVICE,       1,  95, 160
            NOVICE,       8412, 95, 160
            """)
    void tremorPeaksInPhysiologicalBandWithSkillsAmplitude(Skill skill, long seed, double minUm, double maxUm) {
        ModelRun run = ModelRun.of(seed, skill, SimTask.HOLD_STILL, 20);
        for (int axis : new int[] {TIP_X, TIP_Y}) {
            Measured tremor = measure(run.channel(axis));
            assertThat(tremor.peakHz()).as("peak of axis %d", axis).isBetween(8.0, 12.0);
            assertThat(tremor.rmsUm()).as("RMS above 2 Hz of axis %d", axis).isBetween(minUm, maxUm);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 8412})
    void noviceTremblesMoreThanIntermediateWhoTremblesMoreThanExpert(long seed) {
        double novice = measure(
                        ModelRun.of(seed, Skill.NOVICE, SimTask.HOLD_STILL, 20).channel(TIP_X))
                .rmsUm();
        double intermediate = measure(ModelRun.of(seed, Skill.INTERMEDIATE, SimTask.HOLD_STILL, 20)
                        .channel(TIP_X))
                .rmsUm();
        double expert = measure(
                        ModelRun.of(seed, Skill.EXPERT, SimTask.HOLD_STILL, 20).channel(TIP_X))
                .rmsUm();
        assertThat(novice).isGreaterThan(intermediate);
        assertThat(intermediate).isGreaterThan(expert);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EXPERT", "NOVICE"})
    void verticalTremorIsSmallerThanHorizontal(Skill skill) {
        ModelRun run = ModelRun.of(7, skill, SimTask.HOLD_STILL, 20);
        double horizontal = (measure(run.channel(TIP_X)).rmsUm()
                        + measure(run.channel(TIP_Y)).rmsUm())
                / 2;
        assertThat(measure(run.channel(TIP_Z)).rmsUm()).isLessThan(0.8 * horizontal);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            EXPERT,       0.05, 0.2
            NOVICE,       0.3,  0.9
            """)
    void voluntaryDriftIsLargerForNovices(Skill skill, double minMm, double maxMm) {
        // Low-frequency wander of the held tip: standard deviation of 20 s of tip_x, mostly drift.
        double[] x = ModelRun.of(3, skill, SimTask.HOLD_STILL, 20).channel(TIP_X);
        assertThat(standardDeviation(x)).isBetween(minMm, maxMm);
    }

    static double standardDeviation(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double sum = 0;
        for (double v : x) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (x.length - 1));
    }
}

package org.steadyhand.device.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.steadyhand.core.RrInterval;

/** RR intervals over 5 minutes, the Task Force 1996 short-term window (DOMAIN.md). */
class HeartTest {
    private static final long FIVE_MINUTES_NANOS = 300_000_000_000L;

    private static List<RrInterval> beats(Skill skill, long seed) {
        List<RrInterval> beats = new ArrayList<>();
        new Heart(skill, seed).beatsUpTo(FIVE_MINUTES_NANOS, beats::add);
        return beats;
    }

    /** The RR series resampled at 4 Hz by linear interpolation (DOMAIN.md uses 4 Hz for HRV spectra). */
    private static Spectra.Psd rrSpectrum(List<RrInterval> beats) {
        double first = beats.getFirst().atNanos() / 1e9;
        double last = beats.getLast().atNanos() / 1e9;
        double[] series = new double[(int) ((last - first) * 4)];
        int j = 0;
        for (int i = 0; i < series.length; i++) {
            double t = first + i / 4.0;
            while (beats.get(j + 1).atNanos() / 1e9 < t) {
                j++;
            }
            double t0 = beats.get(j).atNanos() / 1e9;
            double t1 = beats.get(j + 1).atNanos() / 1e9;
            series[i] = beats.get(j).millis()
                    + (beats.get(j + 1).millis() - beats.get(j).millis()) * (t - t0) / (t1 - t0);
        }
        return Spectra.welch(series, 4.0, 512, 2.0);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            EXPERT,       64, 71
            INTERMEDIATE, 71, 79
            NOVICE,       84, 91
            """)
    void meanHeartRateReflectsSkillAndStress(Skill skill, double minBpm, double maxBpm) {
        for (long seed = 1; seed <= 5; seed++) {
            List<RrInterval> beats = beats(skill, seed);
            double meanRr =
                    beats.stream().mapToDouble(RrInterval::millis).average().orElseThrow();
            assertThat(60_000 / meanRr).as("seed %d", seed).isBetween(minBpm, maxBpm);
        }
    }

    @ParameterizedTest
    @EnumSource(Skill.class)
    void everyIntervalIsAPlausibleHeartBeat(Skill skill) {
        for (long seed = 1; seed <= 5; seed++) {
            assertThat(beats(skill, seed))
                    .allSatisfy(rr -> assertThat(rr.millis()).isStrictlyBetween(300.0, 1500.0));
        }
    }

    @Test
    void eachBeatFollowsThePreviousByItsInterval() {
        List<RrInterval> beats = beats(Skill.INTERMEDIATE, 3);
        assertThat(beats.getFirst().atNanos()).isPositive();
        for (int i = 1; i < beats.size(); i++) {
            long gap = beats.get(i).atNanos() - beats.get(i - 1).atNanos();
            assertThat(beats.get(i).millis() * 1e6).isCloseTo(gap, within(1e-3));
        }
        assertThat(beats.getLast().atNanos()).isLessThanOrEqualTo(FIVE_MINUTES_NANOS);
    }

    @ParameterizedTest
    @EnumSource(Skill.class)
    void respiratorySinusArrhythmiaPeaksAtBreathingRateAndMayerWaveNearTenthOfAHertz(Skill skill) {
        Spectra.Psd psd = rrSpectrum(beats(skill, 8));
        // HF band 0.15-0.40 Hz: breathing at 14-16 breaths per minute.
        assertThat(psd.peakHz(0.15, 0.40)).isBetween(0.22, 0.28);
        // LF band 0.04-0.15 Hz: the Mayer wave.
        assertThat(psd.peakHz(0.04, 0.15)).isBetween(0.08, 0.12);
        // The breathing peak stands well out of the floor between the bands.
        double peak = psd.psd()[psd.peakBin(0.15, 0.40)];
        assertThat(peak).isGreaterThan(5 * psd.psd()[psd.peakBin(0.45, 0.6)]);
    }

    @Test
    void stressedNoviceHasLessHighFrequencyVariabilityThanExpert() {
        double expert = rrSpectrum(beats(Skill.EXPERT, 8)).bandPower(0.15, 0.40);
        double novice = rrSpectrum(beats(Skill.NOVICE, 8)).bandPower(0.15, 0.40);
        assertThat(novice).isLessThan(expert / 3);
    }
}

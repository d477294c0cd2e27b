package org.steadyhand.analysis.tremor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.core.Unit;

/**
 * Sinusoidal tremor with harmonics, slow voluntary drift and noise at 100 Hz, 250 Hz and 1 kHz,
 * against butter + lfilter + welch in scipy (make_tremor_reference.py, tremor_cases.csv).
 */
class TremorAnalyzerKnownAnswerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            fs100,  essential_or_parkinsonian
            fs250,  physiological
            fs1000, parkinsonian
            """)
    void matchesScipyReference(String name, String expectedBand) {
        double[] ref = ReferenceVectors.cells("tremor_cases.csv").stream()
                .filter(row -> row[0].equals(name))
                .map(row -> Arrays.stream(row)
                        .skip(1)
                        .mapToDouble(Double::parseDouble)
                        .toArray())
                .findFirst()
                .orElseThrow();
        double[][] axes = ReferenceVectors.columns("tremor_" + name + ".csv");

        TremorMetrics m =
                TremorAnalyzer.analyze(TremorInput.uniform(Unit.MILLIMETRE, ref[0], axes), TremorSettings.defaults());

        assertThat(m.peakHz()).isCloseTo(ref[2], within(0.1));
        assertThat(m.peakHz()).isCloseTo(ref[3], within(1e-6));
        assertThat(m.rmsMicrometres()).isCloseTo(ref[4], within(1e-6 * ref[4]));
        assertThat(m.physiologicalPowerSquareMicrometres()).isCloseTo(ref[5], within(1e-6 * ref[5]));
        assertThat(m.essentialPowerSquareMicrometres()).isCloseTo(ref[6], within(1e-6 * ref[6]));
        assertThat(m.parkinsonianPowerSquareMicrometres()).isCloseTo(ref[7], within(1e-6 * ref[7]));
        assertThat(m.bandPowerRatio()).isCloseTo(ref[8], within(1e-6));
        assertThat(m.dominantBand().label()).isEqualTo(expectedBand);
        assertThat(m.gapCount()).isZero();
        assertThat(m.skippedSampleCount()).isZero();
    }
}

package org.steadyhand.device.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SimRandomTest {
    @Test
    void matchesReferenceSplitMix64() {
        var rows = ReferenceTable.load("splitmix64.csv").records();
        assertThat(rows).hasSize(20);
        long seed = Long.MIN_VALUE;
        SimRandom random = null;
        for (Map<String, String> row : rows) {
            long rowSeed = Long.parseLong(row.get("seed"));
            if (random == null || rowSeed != seed) {
                seed = rowSeed;
                random = new SimRandom(seed);
            }
            long expected = Long.parseUnsignedLong(row.get("output_hex"), 16);
            assertThat(random.nextLong())
                    .as("seed %d output %s", seed, row.get("index"))
                    .isEqualTo(expected);
        }
    }

    @Test
    void gaussianHasZeroMeanAndUnitVariance() {
        SimRandom random = new SimRandom(8412);
        int n = 1_000_000;
        double sum = 0;
        double sumSquares = 0;
        double sumFourth = 0;
        for (int i = 0; i < n; i++) {
            double g = random.nextGaussian();
            sum += g;
            sumSquares += g * g;
            sumFourth += g * g * g * g;
        }
        assertThat(sum / n).isCloseTo(0.0, within(0.005));
        assertThat(sumSquares / n).isCloseTo(1.0, within(0.005));
        assertThat(sumFourth / n).as("kurtosis of a normal is 3").isCloseTo(3.0, within(0.03));
    }

    @Test
    void namedStreamsRepeatForTheSameSeedAndDifferOtherwise() {
        long a = SimRandom.stream(42, "hand.tremor.x").nextLong();
        assertThat(SimRandom.stream(42, "hand.tremor.x").nextLong()).isEqualTo(a);
        assertThat(SimRandom.stream(42, "hand.tremor.y").nextLong()).isNotEqualTo(a);
        assertThat(SimRandom.stream(43, "hand.tremor.x").nextLong()).isNotEqualTo(a);
    }

    @Test
    void uniformStaysInItsRange() {
        SimRandom random = new SimRandom(1);
        for (int i = 0; i < 100_000; i++) {
            assertThat(random.uniform(6.0, 10.0)).isGreaterThanOrEqualTo(6.0).isLessThan(10.0);
        }
    }
}

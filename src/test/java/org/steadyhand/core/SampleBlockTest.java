package org.steadyhand.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SampleBlockTest {
    private static final Channel FORCE = new Channel("tip_force", Unit.MILLINEWTON, 1000);

    @Test
    void regularBlockSpacesSamplesByThePeriod() {
        SampleBlock block = SampleBlock.regular(FORCE, 5_000, 1_000_000, new double[] {1, 2, 3});

        assertThat(block.timesNanos()).containsExactly(5_000, 1_005_000, 2_005_000);
        assertThat(block.firstNanos()).isEqualTo(5_000);
        assertThat(block.lastNanos()).isEqualTo(2_005_000);
        assertThat(block.latestValue()).isEqualTo(3.0);
    }

    @Test
    void rejectsTimesThatDoNotIncrease() {
        assertThatThrownBy(() -> new SampleBlock(FORCE, new long[] {10, 10}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must increase");
    }

    @Test
    void rejectsMismatchedLengthsAndEmptyBlocks() {
        assertThatThrownBy(() -> new SampleBlock(FORCE, new long[] {1, 2}, new double[] {1}))
                .hasMessageContaining("2 times but 1 values");
        assertThatThrownBy(() -> new SampleBlock(FORCE, new long[0], new double[0]))
                .hasMessageContaining("cannot be empty");
    }

    @Test
    void channelNamesAreCheckedAndRatesPositive() {
        assertThatThrownBy(() -> new Channel("Tip Force", Unit.MILLINEWTON, 1000))
                .hasMessageContaining("lower case");
        assertThatThrownBy(() -> new Channel("tip_force", Unit.MILLINEWTON, 0)).hasMessageContaining("> 0 Hz");
        assertThat(new Channel("tip_x", Unit.MILLIMETRE, 250).nominalPeriodNanos())
                .isEqualTo(4_000_000.0);
    }
}

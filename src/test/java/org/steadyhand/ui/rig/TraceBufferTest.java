package org.steadyhand.ui.rig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TraceBufferTest {
    @Test
    void thinsOneKilohertzToTwoHundredPointsPerSecond() {
        TraceBuffer buffer = new TraceBuffer(3.0, 200);

        for (int i = 0; i < 1000; i++) {
            buffer.add(i * 1_000_000L, i);
        }

        assertThat(buffer.size()).isEqualTo(200);
        assertThat(buffer.values()[1]).isEqualTo(5.0);
    }

    @Test
    void keepsOnlyTheLastSpanWithTimesBeforeTheNewest() {
        TraceBuffer buffer = new TraceBuffer(3.0, 200);

        for (int i = 0; i < 5000; i++) {
            buffer.add(i * 1_000_000L, i);
        }

        double[] seconds = buffer.secondsBeforeNewest();
        assertThat(buffer.size()).isBetween(600, 601);
        assertThat(seconds[seconds.length - 1]).isZero();
        assertThat(seconds[0]).isCloseTo(-3.0, within(0.005));
        assertThat(buffer.values()[buffer.size() - 1]).isEqualTo(4995.0);
    }

    @Test
    void clearForgetsEverything() {
        TraceBuffer buffer = new TraceBuffer(1.0, 100);
        buffer.add(0, 1);
        buffer.add(20_000_000L, 2);

        buffer.clear();
        buffer.add(5_000_000L, 3);

        assertThat(buffer.values()).containsExactly(3.0);
    }
}

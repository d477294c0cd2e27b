package org.steadyhand.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TelemetryChunkCodecTest {
    @Test
    void regularSamplesRoundTripExactlyInEightBytesPerSamplePlusHeader() {
        long[] times = new long[1000];
        double[] values = new double[1000];
        for (int i = 0; i < times.length; i++) {
            times[i] = 7_000_000_000L + i * 1_000_000L;
            values[i] = Math.sin(i * 0.01) * 1e-3 + 12.345;
        }

        byte[] payload = TelemetryChunkCodec.encode(times, values, 0, 1000);
        TelemetryChunkCodec.Samples decoded = TelemetryChunkCodec.decode(payload);

        assertThat(decoded.timesNanos()).containsExactly(times);
        assertThat(decoded.values()).containsExactly(values);
        assertThat(payload.length).isLessThanOrEqualTo(8000 + 16);
    }

    @Test
    void irregularTimesAndSpecialValuesRoundTripExactly() {
        long[] times = {-5, 3, 1_000_003, 1_000_004, 9_999_999_999L};
        double[] values = {Double.NaN, -0.0, Double.MAX_VALUE, Double.MIN_VALUE, -1e-300};

        TelemetryChunkCodec.Samples decoded =
                TelemetryChunkCodec.decode(TelemetryChunkCodec.encode(times, values, 0, times.length));

        assertThat(decoded.timesNanos()).containsExactly(times);
        for (int i = 0; i < values.length; i++) {
            assertThat(Double.doubleToRawLongBits(decoded.values()[i]))
                    .isEqualTo(Double.doubleToRawLongBits(values[i]));
        }
    }

    @Test
    void encodesASubrange() {
        long[] times = {10, 20, 30, 40};
        double[] values = {1, 2, 3, 4};

        TelemetryChunkCodec.Samples decoded =
                TelemetryChunkCodec.decode(TelemetryChunkCodec.encode(times, values, 1, 3));

        assertThat(decoded.timesNanos()).containsExactly(20, 30);
        assertThat(decoded.values()).containsExactly(2, 3);
    }

    @Test
    void truncatedOrForeignPayloadsAreReportedAsCorrupt() {
        byte[] payload = TelemetryChunkCodec.encode(new long[] {1, 2, 3}, new double[] {1, 2, 3}, 0, 3);

        assertThatThrownBy(() -> TelemetryChunkCodec.decode(java.util.Arrays.copyOf(payload, payload.length - 1)))
                .isInstanceOf(TelemetryChunkCodec.CorruptChunkException.class)
                .hasMessageContaining("value bytes");
        payload[0] = 9;
        assertThatThrownBy(() -> TelemetryChunkCodec.decode(payload)).hasMessageContaining("version 9");
        assertThatThrownBy(() -> TelemetryChunkCodec.decode(new byte[0])).hasMessageContaining("ends early");
    }

    @Test
    void randomBytesNeverEscapeAsAnythingButCorruptChunk() {
        SplittableRandom random = new SplittableRandom(7);
        int corrupt = 0;
        for (int trial = 0; trial < 100_000; trial++) {
            byte[] bytes = new byte[random.nextInt(0, 64)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) random.nextInt(256);
            }
            if (bytes.length > 0 && random.nextBoolean()) {
                bytes[0] = TelemetryChunkCodec.VERSION;
            }
            try {
                TelemetryChunkCodec.decode(bytes);
            } catch (TelemetryChunkCodec.CorruptChunkException e) {
                corrupt++;
            }
        }
        assertThat(corrupt).isGreaterThan(90_000);
    }
}

package org.steadyhand.device.serial.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.core.Channel;
import org.steadyhand.core.Unit;

class SteadyhandFirmwareProtocolTest {
    private static final SteadyhandFirmwareProtocol PROTOCOL = new SteadyhandFirmwareProtocol();
    private static final long T0 = 1_000_000_000L;

    @Test
    void declaresSevenChannelsAtOneKilohertzAndOneMegabaud() {
        assertThat(PROTOCOL.channels())
                .extracting(Channel::name)
                .containsExactly("tip_force", "accel_x", "accel_y", "accel_z", "gyro_x", "gyro_y", "gyro_z");
        assertThat(PROTOCOL.channels())
                .extracting(Channel::unit)
                .containsExactly(
                        Unit.MILLINEWTON,
                        Unit.METRE_PER_SECOND_SQUARED,
                        Unit.METRE_PER_SECOND_SQUARED,
                        Unit.METRE_PER_SECOND_SQUARED,
                        Unit.RADIAN_PER_SECOND,
                        Unit.RADIAN_PER_SECOND,
                        Unit.RADIAN_PER_SECOND);
        assertThat(PROTOCOL.channels())
                .allSatisfy(c -> assertThat(c.nominalRateHz()).isEqualTo(1000));
        assertThat(PROTOCOL.defaultSettings()).isEqualTo(SerialSettings.eightNoneOne(1_000_000));
        assertThat(PROTOCOL.poll()).isEmpty();
    }

    @ParameterizedTest
    @CsvFileSource(resources = "firmware_frames.csv", numLinesToSkip = 1)
    void decodesReferenceFramesPackedIndependently(
            String frameHex,
            int sequence,
            long deviceMicros,
            double forceMilliNewtons,
            double ax,
            double ay,
            double az,
            double gx,
            double gy,
            double gz) {
        byte[] frame = HexFormat.of().parseHex(frameHex);

        RecordingSink sink = Feeding.whole(PROTOCOL, frame, T0);

        assertThat(sink.readings()).hasSize(1);
        assertThat(sink.times()).containsExactly(T0);
        double[] expected = {forceMilliNewtons, ax, ay, az, gx, gy, gz};
        double[] actual = sink.readings().get(0).values();
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i])
                    .as("channel " + i)
                    .isCloseTo(expected[i], within(1e-12 * Math.max(1, Math.abs(expected[i]))));
        }
    }

    @ParameterizedTest
    @CsvFileSource(resources = "firmware_frames.csv", numLinesToSkip = 1)
    void testEncoderWritesTheReferenceBytes(String frameHex, int sequence, long deviceMicros) {
        byte[] reference = HexFormat.of().parseHex(frameHex);
        int force = (reference[11] & 0xFF)
                | (reference[12] & 0xFF) << 8
                | (reference[13] & 0xFF) << 16
                | reference[14] << 24;
        int[] accel = new int[3];
        int[] gyro = new int[3];
        for (int axis = 0; axis < 3; axis++) {
            accel[axis] = (short) ((reference[15 + 2 * axis] & 0xFF) | reference[16 + 2 * axis] << 8);
            gyro[axis] = (short) ((reference[21 + 2 * axis] & 0xFF) | reference[22 + 2 * axis] << 8);
        }

        assertThat(FirmwareFrames.frame(sequence, deviceMicros, force, accel, gyro))
                .isEqualTo(reference);
    }

    @Test
    void keepsTheDeviceSpacingWhileReceiveTimesJitter() {
        RecordingSink sink = new RecordingSink();
        SerialDecoder decoder = PROTOCOL.newDecoder(sink);
        byte[] frames = FirmwareFrames.stream(40, 0, 1_000_000, 0);
        // USB delivers 16 frames at a time, each burst 2 to 9 ms after its last frame was measured
        long[] burstLatencyMillis = {5, 2, 9};
        for (int burst = 0; burst * 16 < 40; burst++) {
            int first = burst * 16;
            int count = Math.min(16, 40 - first);
            long lastMeasured = T0 + (first + count - 1) * 1_000_000L;
            decoder.accept(
                    frames,
                    first * FirmwareFrames.FRAME_BYTES,
                    count * FirmwareFrames.FRAME_BYTES,
                    lastMeasured + burstLatencyMillis[burst] * 1_000_000L);
        }

        long[] times = sink.times();
        assertThat(times).hasSize(40);
        for (int i = 1; i < times.length; i++) {
            assertThat(times[i] - times[i - 1]).as("spacing at " + i).isEqualTo(1_000_000L);
        }
        // anchored on the first burst's arrival: 15 frames plus 5 ms after the first was measured
        assertThat(times[0]).isEqualTo(T0 + 20_000_000L);
        assertThat(((SteadyhandFrameDecoder) decoder).reanchors()).isZero();
    }

    @Test
    void followsTheDeviceCounterAcrossItsThirtyTwoBitWrap() {
        RecordingSink sink = new RecordingSink();
        SerialDecoder decoder = PROTOCOL.newDecoder(sink);
        byte[] frames = FirmwareFrames.stream(4, 100, 0xFFFF_FFFFL - 1_500, 0);
        for (int i = 0; i < 4; i++) {
            decoder.accept(
                    frames,
                    i * FirmwareFrames.FRAME_BYTES,
                    FirmwareFrames.FRAME_BYTES,
                    T0 + i * 1_000_000L + 3_000_000L);
        }

        assertThat(sink.times()).containsExactly(T0 + 3_000_000L, T0 + 4_000_000L, T0 + 5_000_000L, T0 + 6_000_000L);
        assertThat(decoder.counters().snapshot().problems()).isEmpty();
    }

    @ParameterizedTest(name = "device clock {0} ppm: re-anchors {1}")
    @CsvSource(textBlock = """
            # the device's µs run slow by this many parts per million; 2 s of frames
            0,      0
            -40000, 1
            """)
    void reanchorsWhenTheDeviceTimeDriftsMoreThanFiftyMilliseconds(int ppm, long reanchors) {
        RecordingSink sink = new RecordingSink();
        SteadyhandFrameDecoder decoder = (SteadyhandFrameDecoder) PROTOCOL.newDecoder(sink);
        for (int i = 0; i < 2000; i++) {
            long deviceMicros = Math.round(i * 1000 * (1 + ppm / 1e6));
            byte[] frame = FirmwareFrames.frame(i & 0xFFFF, deviceMicros, 0, new int[3], new int[3]);
            decoder.accept(frame, 0, frame.length, T0 + i * 1_000_000L);
        }

        assertThat(decoder.reanchors()).isEqualTo(reanchors);
        long[] times = sink.times();
        for (int i = 0; i < times.length; i++) {
            long lag = T0 + i * 1_000_000L - times[i];
            assertThat(lag).as("lag of frame " + i).isBetween(0L, DeviceClock.MAX_DRIFT_NANOS);
        }
    }

    @Test
    void countsFramesMissingFromTheSequenceAcrossItsWrap() {
        byte[] a = FirmwareFrames.stream(2, 65534, 0, 0); // 65534, 65535
        byte[] b = FirmwareFrames.stream(1, 3, 5000, 0); // 0, 1, 2 lost

        RecordingSink sink = new RecordingSink();
        DecoderCounters.Snapshot counts = Feeding.split(PROTOCOL, FirmwareFrames.concat(a, b), 0, T0, sink);

        assertThat(counts.readings()).isEqualTo(3);
        assertThat(counts.problem(DecodeProblem.LOST_FRAMES)).isEqualTo(3);
        assertThat(sink.problems()).extracting(RecordingSink.Problem::detail).containsExactly("3 frames lost before 3");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # case,            readings, garbage, bad CRC, malformed, unsupported, lost
            random bytes,             2,      13,       0,         0,           0,    0
            bad CRC,                  2,      29,       1,         0,           0,    1
            truncated frame,          2,      17,       1,         0,           0,    1
            repeated frame,           2,       0,       0,         1,           0,    0
            version 2,                2,       0,       0,         0,           1,    1
            force not calibrated,     2,       0,       0,         0,           1,    0
            sync in garbage,          2,       7,       0,         0,           0,    0
            """)
    void countsEachKindOfBadInputAndResynchronises(
            String kind, long readings, long garbage, long badCrc, long malformed, long unsupported, long lost) {
        byte[] first = FirmwareFrames.stream(1, 1, 1000, 0);
        byte[] last = FirmwareFrames.stream(1, 3, 3000, 0);
        byte[] middle = switch (kind) {
            case "random bytes" -> new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
            case "bad CRC" -> FirmwareFrames.withBadCrc(FirmwareFrames.stream(1, 2, 2000, 0));
            case "truncated frame" -> FirmwareFrames.truncated(FirmwareFrames.stream(1, 2, 2000, 0), 17);
            case "repeated frame" -> first;
            case "version 2" -> FirmwareFrames.frame(2, 2, 2000, 0, 0, new int[3], new int[3]);
            case "force not calibrated" -> FirmwareFrames.frame(1, 2, 2000, 1, 0, new int[3], new int[3]);
            case "sync in garbage" -> new byte[] {(byte) 0xA5, 0x5A, 1, (byte) 200, 0, (byte) 0xA5, 0};
            default -> throw new IllegalArgumentException(kind);
        };
        if (kind.equals("repeated frame") || kind.equals("sync in garbage") || kind.equals("random bytes")) {
            last = FirmwareFrames.stream(1, 2, 2000, 0);
        }

        RecordingSink sink = new RecordingSink();
        DecoderCounters.Snapshot counts =
                Feeding.split(PROTOCOL, FirmwareFrames.concat(first, middle, last), 0, T0, sink);

        assertThat(counts.readings()).isEqualTo(readings);
        assertThat(counts.problem(DecodeProblem.GARBAGE)).as("garbage").isEqualTo(garbage);
        assertThat(counts.problem(DecodeProblem.BAD_CHECKSUM)).as("bad CRC").isEqualTo(badCrc);
        assertThat(counts.problem(DecodeProblem.MALFORMED)).as("malformed").isEqualTo(malformed);
        assertThat(counts.problem(DecodeProblem.UNSUPPORTED)).as("unsupported").isEqualTo(unsupported);
        assertThat(counts.problem(DecodeProblem.LOST_FRAMES)).as("lost").isEqualTo(lost);
        assertThat(counts.bytes()).isEqualTo(first.length + middle.length + last.length);
    }

    @Test
    void toldOnceWhileAFaultFlagStaysSet() {
        List<byte[]> frames = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            frames.add(FirmwareFrames.frame(1, i, 1000L * i, 2, 0, new int[3], new int[3]));
        }
        RecordingSink sink = Feeding.whole(PROTOCOL, FirmwareFrames.concat(frames.toArray(byte[][]::new)), T0);

        assertThat(sink.readings()).isEmpty();
        assertThat(sink.problems())
                .containsExactly(new RecordingSink.Problem(
                        DecodeProblem.UNSUPPORTED, "instrument fault flags 0x2 (IMU read failed): readings dropped"));
    }

    @Test
    void timesNeverGoBackWhenARebootedDeviceRestartsItsCounter() {
        RecordingSink sink = new RecordingSink();
        SteadyhandFrameDecoder decoder = (SteadyhandFrameDecoder) PROTOCOL.newDecoder(sink);
        byte[] before = FirmwareFrames.stream(3, 0, 5_000_000, 0);
        byte[] after = FirmwareFrames.stream(3, 0, 0, 0); // counter restarted from 0

        decoder.accept(before, 0, before.length, T0);
        decoder.accept(after, 0, after.length, T0 + 4_000_000L);

        assertThat(decoder.reanchors()).isEqualTo(1);
        assertThat(sink.times())
                .containsExactly(
                        T0, T0 + 1_000_000L, T0 + 2_000_000L, T0 + 4_000_000L, T0 + 5_000_000L, T0 + 6_000_000L);
    }
}

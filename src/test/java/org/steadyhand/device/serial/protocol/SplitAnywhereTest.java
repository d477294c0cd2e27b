package org.steadyhand.device.serial.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same bytes, cut into two pieces at every possible place and fed one byte at a time, give
 * the same readings, events and counts as when fed whole: a decoder does not care how the serial
 * link chunks its reads. Each stream mixes good input with every kind of bad input.
 */
class SplitAnywhereTest {
    private static final long T = 5_000_000_000L;

    static Stream<Arguments> streams() {
        byte[] good = FirmwareFrames.stream(3, 10, 1_000, 2_500);
        byte[] later = FirmwareFrames.stream(2, 20, 20_000, 1_000);
        byte[] steadyhand = FirmwareFrames.concat(
                new byte[] {0x00, (byte) 0xA5, 0x11},
                good,
                FirmwareFrames.withBadCrc(FirmwareFrames.stream(1, 13, 4_000, 0)),
                FirmwareFrames.truncated(FirmwareFrames.stream(1, 14, 5_000, 0), 17),
                later,
                new byte[] {(byte) 0xA5});
        byte[] mark10 = FirmwareFrames.concat(
                Mark10Replies.newtons(4.285),
                Mark10Replies.reply("-18.78", "lbF"),
                Mark10Replies.illegalCommand(),
                Mark10Replies.withoutUnit("1.5"),
                Mark10Replies.overlong(100),
                Mark10Replies.torque("2.0"),
                Mark10Replies.reply("0.5", "mN"));
        byte[] imada = FirmwareFrames.concat(
                ImadaReplies.started(),
                ImadaReplies.newtons(1.25),
                ImadaReplies.overload(),
                ImadaReplies.error(),
                ImadaReplies.reply("+2.000", 'K', 'T', 'O'),
                Mark10Replies.overlong(70),
                ImadaReplies.newtons(-0.5));
        byte[] freetarget = FirmwareFrames.concat(
                FreeTargetLines.trace("Waiting..."),
                FreeTargetLines.shot(1, 12.3, -4.5),
                FreeTargetLines.miss(2),
                FreeTargetLines.fault("NORTH"),
                FreeTargetLines.shotWithoutPosition(3),
                FreeTargetLines.polarShot(4, 10, 90),
                Mark10Replies.overlong(1100),
                FreeTargetLines.shotWithCounters(5, -1.5, 2.25));
        return Stream.of(
                Arguments.of(new SteadyhandFirmwareProtocol(), steadyhand),
                Arguments.of(new Mark10Protocol(), mark10),
                Arguments.of(new ImadaProtocol(), imada),
                Arguments.of(new FreeTargetProtocol(), freetarget));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streams")
    void everySplitGivesTheSameReadingsEventsAndCounts(SerialProtocol protocol, byte[] bytes) {
        RecordingSink whole = new RecordingSink();
        DecoderCounters.Snapshot wholeCounts = Feeding.split(protocol, bytes, bytes.length, T, whole);
        assertThat(wholeCounts.readings() + wholeCounts.events()).isGreaterThanOrEqualTo(2);
        assertThat(wholeCounts.problems()).isNotEmpty();

        for (int split = 0; split <= bytes.length; split++) {
            RecordingSink sink = new RecordingSink();
            DecoderCounters.Snapshot counts = Feeding.split(protocol, bytes, split, T, sink);
            assertSame(whole, wholeCounts, sink, counts, "split at " + split);
        }
        RecordingSink sink = new RecordingSink();
        assertSame(whole, wholeCounts, sink, Feeding.byteByByte(protocol, bytes, T, sink), "byte by byte");
    }

    private static void assertSame(
            RecordingSink expected,
            DecoderCounters.Snapshot expectedCounts,
            RecordingSink actual,
            DecoderCounters.Snapshot actualCounts,
            String how) {
        assertThat(actualCounts).as(how).isEqualTo(expectedCounts);
        assertThat(actual.events()).as(how).isEqualTo(expected.events());
        assertThat(actual.times()).as(how).isEqualTo(expected.times());
        List<double[]> expectedValues =
                expected.readings().stream().map(RecordingSink.Reading::values).toList();
        List<double[]> actualValues =
                actual.readings().stream().map(RecordingSink.Reading::values).toList();
        assertThat(actualValues).as(how).hasSameSizeAs(expectedValues);
        for (int i = 0; i < expectedValues.size(); i++) {
            assertThat(actualValues.get(i)).as(how + ", reading " + i).isEqualTo(expectedValues.get(i));
        }
    }
}

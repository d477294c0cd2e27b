package org.steadyhand.device.serial.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.core.RrInterval;

class AntHeartRateProtocolTest {
    private final RecordingSink sink = new RecordingSink();
    private final SerialDecoder decoder = new AntHeartRateProtocol().newDecoder(sink);

    private void feed(byte[] bytes, long atNanos) {
        decoder.accept(bytes, 0, bytes.length, atNanos);
    }

    private List<Double> intervals() {
        return sink.events().stream().map(e -> ((RrInterval) e).millis()).toList();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # previous ticks, last ticks, expected ms (1/1024 s ticks, 16-bit roll-over)
            1000,  2024,  1000
            65000, 488,   1000
            0,     512,   500
            """)
    void consecutiveBeatsGiveTheEventTimeDifference(int first, int second, double expectedMillis) {
        feed(AntPages.broadcast(AntPages.page0(first, 255, 60)), 0);
        feed(AntPages.broadcast(AntPages.page0(second, 0, 60)), 250_000_000);

        assertThat(intervals()).containsExactly(expectedMillis);
        assertThat(sink.channel(0)).containsExactly(60, 60);
    }

    @Test
    void repeatedPagesOfTheSameBeatGiveNoInterval() {
        feed(AntPages.broadcast(AntPages.page4(0, 1024, 5, 60)), 0);
        feed(AntPages.broadcast(AntPages.page4(0, 1024, 5, 60)), 250_000_000);
        feed(AntPages.broadcast(AntPages.page4(1024, 2048, 6, 60)), 500_000_000);
        feed(AntPages.broadcast(AntPages.page4(1024, 2048, 6, 60)), 750_000_000);

        assertThat(intervals()).containsExactly(1000.0);
        assertThat(decoder.counters().snapshot().readings()).isEqualTo(4);
    }

    @Test
    void aBeatCountJumpUsesPageFoursPreviousBeatAndCountsTheMissedBeats() {
        feed(AntPages.broadcast(AntPages.page4(0, 1024, 5, 60)), 0);
        // Three beats later: only the last interval (previous 3072 → 4096) is known.
        feed(AntPages.broadcast(AntPages.page4(3072, 4096, 8, 60)), 3_000_000_000L);

        assertThat(intervals()).containsExactly(1000.0);
        assertThat(decoder.counters().snapshot().problem(DecodeProblem.LOST_FRAMES))
                .isEqualTo(2);
    }

    @Test
    void aJumpOnAPageWithoutPreviousBeatGivesNoIntervalAndCountsAllBeats() {
        feed(AntPages.broadcast(AntPages.page0(1024, 5, 60)), 0);
        feed(AntPages.broadcast(AntPages.page0(4096, 8, 60)), 3_000_000_000L);

        assertThat(intervals()).isEmpty();
        assertThat(decoder.counters().snapshot().problem(DecodeProblem.LOST_FRAMES))
                .isEqualTo(3);
    }

    @Test
    void aZeroIntervalIsMalformedAndDropped() {
        feed(AntPages.broadcast(AntPages.page0(1024, 5, 60)), 0);
        feed(AntPages.broadcast(AntPages.page0(1024, 6, 60)), 250_000_000);

        assertThat(intervals()).isEmpty();
        assertThat(decoder.counters().snapshot().problem(DecodeProblem.MALFORMED))
                .isEqualTo(1);
    }

    @Test
    void afterMoreThanAMinuteOfSilenceTrackingRestarts() {
        feed(AntPages.broadcast(AntPages.page0(1024, 5, 60)), 0);
        // 70 s later the 16-bit event time has rolled over: the difference would be wrong.
        feed(AntPages.broadcast(AntPages.page0(2048, 6, 60)), 70_000_000_000L);
        feed(AntPages.broadcast(AntPages.page0(3072, 7, 60)), 71_000_000_000L);

        assertThat(intervals()).containsExactly(1000.0);
    }

    @Test
    void aBadChecksumIsCountedAndTheNextMessageStillDecodes() {
        byte[] bad = AntPages.broadcast(AntPages.page0(1024, 5, 60));
        bad[bad.length - 1] ^= 0x55;
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(bad);
        stream.writeBytes(AntPages.broadcast(AntPages.page0(2048, 6, 61)));

        feed(stream.toByteArray(), 0);

        DecoderCounters.Snapshot counts = decoder.counters().snapshot();
        assertThat(counts.problem(DecodeProblem.BAD_CHECKSUM)).isEqualTo(1);
        assertThat(counts.readings()).isEqualTo(1);
        assertThat(sink.channel(0)).containsExactly(61);
    }

    @Test
    void aTruncatedMessageIsSkippedAndTheFollowingOneDecodes() {
        byte[] cut = AntPages.broadcast(AntPages.page4(40_000, 41_000, 5, 60));
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.write(cut, 0, 7);
        stream.writeBytes(AntPages.broadcast(AntPages.page0(2048, 6, 62)));

        feed(stream.toByteArray(), 0);

        assertThat(sink.channel(0)).containsExactly(62);
        DecoderCounters.Snapshot counts = decoder.counters().snapshot();
        assertThat(counts.problem(DecodeProblem.BAD_CHECKSUM) + counts.problem(DecodeProblem.GARBAGE))
                .isPositive();
    }

    @Test
    void aMessageSplitAcrossReadsIsJoined() {
        byte[] message = AntPages.broadcast(AntPages.page0(1024, 5, 63));

        decoder.accept(message, 0, 5, 0);
        decoder.accept(message, 5, message.length - 5, 1);

        assertThat(sink.channel(0)).containsExactly(63);
    }

    @Test
    void aRefusedSetUpMessageIsReportedAsUnsupported() {
        feed(AntMessages.message(AntMessages.CHANNEL_EVENT, 0, AntMessages.SET_NETWORK_KEY, 0x28), 0);

        assertThat(decoder.counters().snapshot().problem(DecodeProblem.UNSUPPORTED))
                .isEqualTo(1);
        assertThat(sink.problems().getFirst().detail()).contains("refused message 0x46");
    }

    @Test
    void theSetUpHasTheHeartRateProfileChannelParameters() {
        List<StartCommand> commands = AntMessages.heartRateSetUp(java.util.Map.of("network_key", "0011223344556677"));

        assertThat(commands).extracting(StartCommand::label).contains("period 8070", "RF channel 57");
        assertThat(commands.get(0).waitAfterMillis()).isEqualTo(500);
        // Channel id: channel 0, any device number, device type 120, any transmission type.
        assertThat(commands.get(3).bytes()).containsExactly(0xA4, 5, 0x51, 0, 0, 0, 120, 0, 0xA4 ^ 5 ^ 0x51 ^ 120);
        assertThat(commands.get(4).bytes())
                .containsExactly(0xA4, 3, 0x43, 0, 0x86, 0x1F, 0xA4 ^ 3 ^ 0x43 ^ 0x86 ^ 0x1F);
        assertThat(commands.get(1).toString()).doesNotContain("11", "22");
    }
}

package org.steadyhand.device.serial.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.core.Unit;

/** Mark-10 and Imada gauges: settings, polls, unit conversions against Python's exact fractions, faults. */
class ForceGaugeProtocolsTest {
    private static final long T = 7_000_000L;

    @Test
    void mark10PollsQuestionMarkCarriageReturnEveryTwentyMillisecondsAt115200() {
        Mark10Protocol mark10 = new Mark10Protocol();

        assertThat(mark10.poll().orElseThrow().bytes()).containsExactly('?', '\r');
        assertThat(mark10.poll().orElseThrow().periodNanos()).isEqualTo(20_000_000L);
        assertThat(mark10.defaultSettings()).isEqualTo(SerialSettings.eightNoneOne(115_200));
        assertThat(mark10.channels()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("tip_force");
            assertThat(c.unit()).isEqualTo(Unit.MILLINEWTON);
            assertThat(c.nominalRateHz()).isEqualTo(50);
        });
    }

    @Test
    void imadaPollsDCarriageReturnEveryTwentyMillisecondsAt19200() {
        ImadaProtocol imada = new ImadaProtocol();

        assertThat(imada.poll().orElseThrow().bytes()).containsExactly('D', '\r');
        assertThat(imada.poll().orElseThrow().periodNanos()).isEqualTo(20_000_000L);
        assertThat(imada.defaultSettings()).isEqualTo(SerialSettings.eightNoneOne(19_200));
        assertThat(imada.channels())
                .singleElement()
                .satisfies(c -> assertThat(c.unit()).isEqualTo(Unit.MILLINEWTON));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = "force_units.csv", numLinesToSkip = 1)
    void convertsEveryForceUnitToMilliNewtons(String protocol, String line, double expectedMilliNewtons) {
        SerialProtocol decoderOf = switch (protocol) {
            case "mark10" -> new Mark10Protocol();
            case "imada-large" -> new ImadaProtocol(ImadaProtocol.GaugeRange.LARGE);
            case "imada-small" -> new ImadaProtocol(ImadaProtocol.GaugeRange.SMALL);
            default -> throw new IllegalArgumentException(protocol);
        };
        byte[] bytes = (line + "\r\n").getBytes(StandardCharsets.US_ASCII);

        RecordingSink sink = Feeding.whole(decoderOf, bytes, T);

        assertThat(sink.problems()).isEmpty();
        assertThat(sink.times()).containsExactly(T);
        assertThat(sink.channel(0)[0])
                .isCloseTo(expectedMilliNewtons, within(1e-12 * Math.max(1, Math.abs(expectedMilliNewtons))));
    }

    @ParameterizedTest(name = "mark10 ''{0}'' is {1}")
    @CsvSource(textBlock = """
            '*10',               MALFORMED
            '*22',               MALFORMED
            '1.5',               UNSUPPORTED
            '2.0 Nm',            UNSUPPORTED
            '3.1 lbFin',         UNSUPPORTED
            'abc N',             MALFORMED
            '1.2.3 N',           MALFORMED
            '- N',               MALFORMED
            'N',                 MALFORMED
            '12345678901234567890 N', MALFORMED
            """)
    void mark10CountsEachBadReplyByKind(String line, DecodeProblem kind) {
        assertOneProblem(new Mark10Protocol(), line + "\r\n", kind);
    }

    @ParameterizedTest(name = "imada ''{0}'' is {1}")
    @CsvSource(textBlock = """
            '+500.0NTE',        UNSUPPORTED
            '+2.000KTO',        UNSUPPORTED
            '-1.00OPO',         UNSUPPORTED
            '+1.00XTO',         UNSUPPORTED
            'E',                MALFORMED
            'R',                MALFORMED
            'Gauge Started.',   MALFORMED
            '+NTO',             MALFORMED
            '+1.2.3NTO',        MALFORMED
            '12.5',             MALFORMED
            """)
    void imadaCountsEachBadReplyByKind(String line, DecodeProblem kind) {
        assertOneProblem(new ImadaProtocol(), line + "\r", kind);
    }

    @ParameterizedTest(name = "imada ''{0}''")
    @CsvSource(textBlock = """
            '+123.4NTO', 123400
            '123.4NTO',  123400
            '-0.50NP',   -500
            '+0.73N',    730
            ' +1.5NTH ', 1500
            '+1.5NTL',   1500
            """)
    void imadaAcceptsTheReplyVariants(String line, double milliNewtons) {
        RecordingSink sink = Feeding.whole(new ImadaProtocol(), (line + "\r").getBytes(StandardCharsets.US_ASCII), T);

        assertThat(sink.problems()).isEmpty();
        assertThat(sink.channel(0)).containsExactly(milliNewtons);
    }

    @Test
    void overlongLineIsDroppedAndTheNextReadingStillDecoded() {
        byte[] bytes = FirmwareFrames.concat(Mark10Replies.overlong(65), Mark10Replies.newtons(1.5));

        RecordingSink sink = new RecordingSink();
        DecoderCounters.Snapshot counts = Feeding.split(new Mark10Protocol(), bytes, 30, T, sink);

        assertThat(counts.problem(DecodeProblem.OVERLONG)).isEqualTo(1);
        assertThat(sink.channel(0)).containsExactly(1500.0);
    }

    @Test
    void aLineOfExactlyTheMaximumLengthIsDecoded() {
        String line = " ".repeat(Mark10Protocol.MAX_LINE_BYTES - 5) + "1.5 N";

        RecordingSink sink =
                Feeding.whole(new Mark10Protocol(), (line + "\r\n").getBytes(StandardCharsets.US_ASCII), T);

        assertThat(line).hasSize(Mark10Protocol.MAX_LINE_BYTES);
        assertThat(sink.channel(0)).containsExactly(1500.0);
    }

    private static void assertOneProblem(SerialProtocol protocol, String text, DecodeProblem kind) {
        RecordingSink sink = new RecordingSink();
        DecoderCounters.Snapshot counts = Feeding.split(protocol, text.getBytes(StandardCharsets.US_ASCII), 1, T, sink);

        assertThat(counts.readings()).isZero();
        assertThat(counts.problems()).containsExactly(java.util.Map.entry(kind, 1L));
        assertThat(sink.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(kind));
    }
}

package org.steadyhand.device.serial.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.core.Shot;

class FreeTargetProtocolTest {
    private static final FreeTargetProtocol PROTOCOL = new FreeTargetProtocol();
    private static final long T = 9_000_000_000L;

    @Test
    void streamsShotsAt115200WithoutChannelsOrPolling() {
        assertThat(PROTOCOL.channels()).isEmpty();
        assertThat(PROTOCOL.poll()).isEmpty();
        assertThat(PROTOCOL.defaultSettings()).isEqualTo(SerialSettings.eightNoneOne(115_200));
    }

    @Test
    void aFirmwareShotLineWithTrailingCommaBecomesAShotAtItsReceiveTime() {
        RecordingSink sink = Feeding.whole(PROTOCOL, FreeTargetLines.shot(3, 12.3, -4.5), T);

        assertThat(sink.events()).containsExactly(new Shot(T, 12.3, -4.5));
        assertThat(sink.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"shot":1, "x":1.25, "y":-2.5}                                         | 1.25  | -2.5
            {"shot":1,"miss":0,"name":"x","x":-0.5,"y":0.75,"VERSION":"3.02.3 July 22, 2021" } | -0.5 | 0.75
            {"shot":2, "miss": 0, "name":"DOC", "time":12, "x": 3.00, "y": 4.00, "r":5.00, "a":53.13, } | 3.0 | 4.0
            {"y":4, "shot":9, "extra":{"nested":1}, "x":3}                        | 3.0   | 4.0
            """)
    void toleratesKeyOrderSpacingExtraKeysAndStrictJson(String line, double x, double y) {
        RecordingSink sink = Feeding.whole(PROTOCOL, (line + "\r\n").getBytes(StandardCharsets.US_ASCII), T);

        assertThat(sink.events()).containsExactly(new Shot(T, x, y));
    }

    @Test
    void aPolarOnlyShotIsConvertedToXAndY() {
        RecordingSink sink = Feeding.whole(PROTOCOL, FreeTargetLines.polarShot(4, 10, 90), T);

        Shot shot = (Shot) sink.events().get(0);
        assertThat(shot.xMm()).isCloseTo(0, within(1e-12));
        assertThat(shot.yMm()).isCloseTo(10, within(1e-12));
    }

    @Test
    void aShotWithTheCountersStrayQuoteKeepsItsPosition() {
        RecordingSink sink = Feeding.whole(PROTOCOL, FreeTargetLines.shotWithCounters(5, -1.5, 2.25), T);

        assertThat(sink.events()).containsExactly(new Shot(T, -1.5, 2.25));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            miss,                UNSUPPORTED
            fault,               IGNORED
            trace,               IGNORED
            tabata,              IGNORED
            no position,         MALFORMED
            only x,              MALFORMED
            """)
    void countsLinesThatAreNotScoredShotsByKind(String kind, DecodeProblem problem) {
        byte[] bytes = switch (kind) {
            case "miss" -> FreeTargetLines.miss(2);
            case "fault" -> FreeTargetLines.fault("NORTH");
            case "trace" -> FreeTargetLines.trace("Waiting...");
            case "tabata" -> FreeTargetLines.trace("{\"TABATA\":1}");
            case "no position" -> FreeTargetLines.shotWithoutPosition(3);
            case "only x" -> FreeTargetLines.trace("{\"shot\":3, \"x\":1.0}");
            default -> throw new IllegalArgumentException(kind);
        };

        RecordingSink sink = new RecordingSink();
        DecoderCounters.Snapshot counts = Feeding.split(PROTOCOL, bytes, 0, T, sink);

        assertThat(sink.events()).isEmpty();
        assertThat(counts.problems()).isEqualTo(Map.of(problem, 1L));
    }
}

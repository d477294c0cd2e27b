package org.steadyhand.device.serial.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineSplitterTest {
    private final List<String> lines = new ArrayList<>();
    private final List<Long> times = new ArrayList<>();
    private final DecoderCounters counters = new DecoderCounters();
    private final LineSplitter splitter = new LineSplitter(
            5,
            (bytes, offset, length, at) -> {
                lines.add(new String(bytes, offset, length, StandardCharsets.US_ASCII));
                times.add(at);
            },
            counters,
            new RecordingSink());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a\\rbb\\nccc\\r\\ndd\\n\\re\\n     | a,bb,ccc,dd,e  | 0
            \\r\\n\\r\\nabc\\r\\r\\r          | abc            | 0
            12345\\n123456\\nok\\n           | 12345,ok       | 1
            1234567890123\\rx\\r             | x              | 1
            tail                             | ''             | 0
            """)
    void splitsOnCrLfOrBothAndDropsOverlongLinesWhole(String escaped, String expected, long overlong) {
        byte[] bytes = escaped.replace("\\r", "\r").replace("\\n", "\n").getBytes(StandardCharsets.US_ASCII);

        for (int i = 0; i < bytes.length; i += 2) { // in pieces of two bytes
            splitter.accept(bytes, i, Math.min(2, bytes.length - i), i);
        }

        assertThat(String.join(",", lines)).isEqualTo(expected);
        assertThat(counters.snapshot().problem(DecodeProblem.OVERLONG)).isEqualTo(overlong);
    }

    @ParameterizedTest
    @CsvSource({"1, 200", "3, 200", "4, 100"})
    void aLineIsStampedWithTheCallThatBroughtItsTerminator(int split, long expected) {
        byte[] bytes = "abc\r".getBytes(StandardCharsets.US_ASCII);

        splitter.accept(bytes, 0, split, 100);
        splitter.accept(bytes, split, bytes.length - split, 200);

        assertThat(times).containsExactly(expected);
        assertThat(lines).containsExactly("abc");
    }
}

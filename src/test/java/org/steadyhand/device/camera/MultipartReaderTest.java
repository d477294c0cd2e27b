package org.steadyhand.device.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MultipartReaderTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "multipart/x-mixed-replace; boundary=frame        | frame",
                "multipart/x-mixed-replace;boundary=\"my frame\"  | my frame",
                "Multipart/X-Mixed-Replace; BOUNDARY=--myboundary | --myboundary",
                "image/jpeg                                       | ''",
                "multipart/x-mixed-replace                        | ''",
            })
    void theBoundaryComesFromTheContentType(String contentType, String boundary) {
        assertThat(MultipartReader.boundaryOf(contentType))
                .isEqualTo(Optional.of(boundary).filter(b -> !b.isEmpty()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // boundary | stream (\n stands for CRLF) | parts
                "frame | --frame\\nContent-Length: 3\\n\\nabc\\n--frame\\nContent-Length: 2\\n\\nde\\n | abc,de",
                "frame | --frame\\n\\nabc\\n--frame\\n\\nd\\ne\\n--frame--\\n                        | abc,d\\ne",
                "frame | preamble\\n--frame\\nContent-Type: image/jpeg\\n\\nxy\\n--frame\\n          | xy",
                "--b   | --b\\ncontent-length: 2\\n\\nhi\\n--b\\ncontent-length: 0\\n\\n\\n              | hi,",
                "frame | ''                                                                    | ''",
            })
    void partsAreSplitByLengthOrAtTheNextDelimiter(String boundary, String stream, String parts) throws IOException {
        MultipartReader reader = new MultipartReader(bytes(stream), boundary);
        List<String> read = new ArrayList<>();
        for (Optional<byte[]> part = reader.next(); part.isPresent(); part = reader.next()) {
            read.add(new String(part.get(), StandardCharsets.ISO_8859_1));
        }
        List<String> expected = parts.isEmpty()
                ? List.of()
                : List.of(parts.replace("\\n", "\r\n").split(",", -1));
        assertThat(read).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--frame\\n\\nabc                        | the MJPEG stream broke off inside a frame",
                "--frame\\nContent-Length: x\\n\\nabc    | Content-Length 'x'",
                "--frame\\nContent-Length: -4\\n\\nabc   | Content-Length '-4'",
                "--frame\\nContent-Length: 10\\n\\nabc   | the MJPEG stream broke off inside a frame",
            })
    void aBrokenStreamIsAnError(String stream, String message) {
        MultipartReader reader = new MultipartReader(bytes(stream), "frame");
        assertThatThrownBy(reader::next).isInstanceOf(IOException.class).hasMessageContaining(message);
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.replace("\\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }
}

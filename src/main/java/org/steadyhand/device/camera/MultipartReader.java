package org.steadyhand.device.camera;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits a {@code multipart/x-mixed-replace} body (an MJPEG stream, RFC 2046 multipart syntax) into
 * its parts: a delimiter line {@code --BOUNDARY}, header lines, an empty line, then the body —
 * exactly {@code Content-Length} bytes when the part says so, otherwise everything up to the next
 * delimiter. Cameras that put the leading dashes into the boundary parameter itself are accepted
 * too. Not thread-safe; one reader per connection.
 */
final class MultipartReader {
    /** Larger than any camera frame; a longer part is a broken stream, not a frame. */
    static final int MAX_PART_BYTES = 32 << 20;

    private static final int MAX_LINE_BYTES = 8192;

    private final InputStream in;
    private final byte[] delimiter;
    private final String boundary;

    /** @param in the body, buffered by the caller */
    MultipartReader(InputStream in, String boundary) {
        this.in = in;
        this.boundary = boundary;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * The boundary of a {@code multipart/...; boundary=X} Content-Type (quotes removed), or empty
     * when the type is not multipart or names no boundary.
     */
    static Optional<String> boundaryOf(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return Optional.empty();
        }
        for (String parameter : contentType.split(";")) {
            String p = parameter.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String value = p.substring("boundary=".length()).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * The next part's body, or empty at the end of the stream (or at the closing delimiter).
     *
     * @throws IOException when the stream breaks off inside a part or is not multipart
     */
    Optional<byte[]> next() throws IOException {
        Optional<String> line = seekDelimiter();
        if (line.isEmpty()) {
            return Optional.empty();
        }
        int contentLength = -1;
        try {
            for (String header = readLine(); !header.isEmpty(); header = readLine()) {
                int colon = header.indexOf(':');
                if (colon > 0 && header.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
                    contentLength = parseLength(header.substring(colon + 1).trim());
                }
            }
        } catch (EOFException e) {
            return Optional.empty(); // ended before the part's body: no frame lost
        }
        if (contentLength < 0) {
            return Optional.of(readToDelimiter());
        }
        byte[] body = in.readNBytes(contentLength);
        if (body.length < contentLength) {
            throw new EOFException("the MJPEG stream broke off inside a frame");
        }
        return Optional.of(body);
    }

    private int parseLength(String text) throws IOException {
        try {
            int n = Integer.parseInt(text);
            if (n < 0 || n > MAX_PART_BYTES) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IOException("the MJPEG stream has a part with Content-Length '" + text + "'");
        }
    }

    /** Skips to the next delimiter line; empty at the end of the stream or the closing delimiter. */
    private Optional<String> seekDelimiter() throws IOException {
        while (true) {
            String line;
            try {
                line = readLine();
            } catch (EOFException e) {
                return Optional.empty();
            }
            String trimmed = line.trim();
            if (trimmed.equals("--" + boundary) || trimmed.equals(boundary)) {
                return Optional.of(trimmed);
            }
            if (trimmed.equals("--" + boundary + "--") || trimmed.equals(boundary + "--")) {
                return Optional.empty();
            }
        }
    }

    /** Reads a body up to (not including) CRLF + delimiter, leaving the delimiter line to be read. */
    private byte[] readToDelimiter() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(64 << 10);
        int matched = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the MJPEG stream broke off inside a frame");
            }
            body.write(b);
            if (b == (delimiter[matched] & 0xFF)) {
                matched++;
            } else {
                matched = b == (delimiter[0] & 0xFF) ? 1 : 0;
            }
            if (matched == delimiter.length) {
                byte[] all = body.toByteArray();
                byte[] part = java.util.Arrays.copyOf(all, all.length - delimiter.length);
                pending = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
                return part;
            }
            if (body.size() > MAX_PART_BYTES) {
                throw new IOException("the MJPEG stream has a part larger than " + (MAX_PART_BYTES >> 20) + " MiB");
            }
        }
    }

    /** A delimiter already consumed while scanning a body; read back as the next line's start. */
    private byte[] pending = new byte[0];

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(80);
        line.write(pending);
        pending = new byte[0];
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (line.size() == 0) {
                    throw new EOFException("end of the MJPEG stream");
                }
                break;
            }
            if (b == '\n') {
                break;
            }
            if (b != '\r') {
                line.write(b);
            }
            if (line.size() > MAX_LINE_BYTES) {
                throw new IOException("the MJPEG stream has a header line longer than " + MAX_LINE_BYTES + " bytes");
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}

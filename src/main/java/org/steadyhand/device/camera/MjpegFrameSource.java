package org.steadyhand.device.camera;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Frames from an MJPEG-over-HTTP camera ({@code multipart/x-mixed-replace}, as IP cameras and
 * mjpg-streamer serve it), read as a stream: each part is one JPEG. A camera that sends nothing
 * for {@link HttpCamera#READ_TIMEOUT_MILLIS} counts as gone and is reconnected.
 */
public final class MjpegFrameSource extends RetryingFrameSource {
    private final URI url;

    public MjpegFrameSource(URI url, LongSupplier nowNanos, Backoff backoff) {
        super("camera " + url, nowNanos, backoff);
        this.url = HttpCamera.checked(url);
    }

    @Override
    void readFrames(Sink sink) throws IOException {
        HttpURLConnection connection = HttpCamera.open(url);
        sink.closeOnStop(connection::disconnect);
        try {
            HttpCamera.requireOk(connection, what);
            String type = connection.getContentType();
            Optional<String> boundary = MultipartReader.boundaryOf(type);
            if (boundary.isEmpty()) {
                throw new IOException(what + " is not an MJPEG stream (Content-Type " + type
                        + "); for a single picture use camera:snapshot:URL");
            }
            InputStream in = new BufferedInputStream(connection.getInputStream(), 64 << 10);
            sink.connected("MJPEG camera " + url);
            MultipartReader parts = new MultipartReader(in, boundary.get());
            long index = 0;
            for (Optional<byte[]> part = parts.next(); part.isPresent(); part = parts.next()) {
                sink.frame(part.get(), "frame " + ++index + " of " + url);
            }
        } finally {
            connection.disconnect();
        }
    }
}

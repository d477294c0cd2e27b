package org.steadyhand.device.camera;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.function.LongSupplier;

/**
 * Frames from a camera's snapshot URL (one JPEG per request), fetched {@code framesPerSecond}
 * times a second; a slow camera lowers the rate rather than piling up requests.
 */
public final class SnapshotFrameSource extends RetryingFrameSource {
    private final URI url;
    private final long periodNanos;

    public SnapshotFrameSource(URI url, double framesPerSecond, LongSupplier nowNanos, Backoff backoff) {
        super("camera " + url, nowNanos, backoff);
        if (!(framesPerSecond > 0 && framesPerSecond <= 100)) {
            throw new IllegalArgumentException("snapshot rate must be in (0, 100] per second, got " + framesPerSecond);
        }
        this.url = HttpCamera.checked(url);
        this.periodNanos = Math.round(1e9 / framesPerSecond);
    }

    @Override
    void readFrames(Sink sink) throws IOException, InterruptedException {
        long next = System.nanoTime();
        long index = 0;
        while (sink.running()) {
            byte[] body = fetch(sink);
            sink.connected("snapshot camera " + url);
            sink.frame(body, "snapshot " + ++index + " from " + url);
            next += periodNanos;
            long now = System.nanoTime();
            if (next > now) {
                Thread.sleep(java.time.Duration.ofNanos(next - now));
            } else {
                next = now;
            }
        }
    }

    private byte[] fetch(Sink sink) throws IOException {
        HttpURLConnection connection = HttpCamera.open(url);
        sink.closeOnStop(connection::disconnect);
        try {
            HttpCamera.requireOk(connection, what);
            try (InputStream in = connection.getInputStream()) {
                byte[] body = in.readNBytes(MultipartReader.MAX_PART_BYTES + 1);
                if (body.length > MultipartReader.MAX_PART_BYTES) {
                    throw new IOException(
                            what + " sent a snapshot larger than " + (MultipartReader.MAX_PART_BYTES >> 20) + " MiB");
                }
                return body;
            }
        } finally {
            connection.disconnect();
        }
    }
}

package org.steadyhand.device.camera;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.steadyhand.core.BadInputException;
import org.steadyhand.device.SourceSpec;

/**
 * A {@code camera:KIND:LOCATION} spec with Steadyhand's own options taken out of the location's
 * query: {@code fps=N} (snapshot rate, default {@value #DEFAULT_FPS}) and {@code target=ID}
 * (the target face, read by the shot source). Every other query parameter stays in the URL, since
 * cameras have their own (mjpg-streamer's {@code ?action=stream}).
 *
 * @param kind {@code mjpeg}, {@code snapshot} or {@code folder}
 * @param location the URL or folder without Steadyhand's options
 */
public record CameraSpec(String text, String kind, String location, double framesPerSecond, Optional<String> targetId) {
    /** Snapshot cameras are slow to answer; two frames a second is ample for shots on paper. */
    public static final double DEFAULT_FPS = 2;

    public static CameraSpec of(SourceSpec.Camera spec) {
        String location = spec.location();
        int q = location.indexOf('?');
        String base = q < 0 ? location : location.substring(0, q);
        List<String> kept = new ArrayList<>();
        Double fps = null;
        String target = null;
        for (String pair : q < 0 ? new String[0] : location.substring(q + 1).split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            String value = pair.substring(name.length() + (pair.contains("=") ? 1 : 0));
            switch (name.toLowerCase(Locale.ROOT)) {
                case "fps" -> fps = parseFps(spec.text(), value);
                case "target" -> target = value;
                default -> {
                    if (spec.kind().equals("folder")) {
                        throw new BadInputException("source '" + spec.text() + "': unknown option '" + name
                                + "'; a camera folder takes target=ID");
                    }
                    if (!pair.isEmpty()) {
                        kept.add(pair);
                    }
                }
            }
        }
        if (fps != null && !spec.kind().equals("snapshot")) {
            throw new BadInputException("source '" + spec.text() + "': fps applies to camera:snapshot only");
        }
        String rest = kept.isEmpty() ? base : base + "?" + String.join("&", kept);
        return new CameraSpec(
                spec.text(), spec.kind(), rest, fps == null ? DEFAULT_FPS : fps, Optional.ofNullable(target));
    }

    /** The frame source this spec names (not started). */
    public FrameSource open(LongSupplier nowNanos, Backoff backoff) {
        return switch (kind) {
            case "mjpeg" -> new MjpegFrameSource(url(), nowNanos, backoff);
            case "snapshot" -> new SnapshotFrameSource(url(), framesPerSecond, nowNanos, backoff);
            case "folder" -> new FolderFrameSource(Path.of(location), nowNanos, backoff);
            default -> throw new BadInputException("source '" + text + "': unknown camera kind '" + kind + "'");
        };
    }

    private URI url() {
        try {
            return HttpCamera.checked(new URI(location));
        } catch (URISyntaxException e) {
            throw new BadInputException("source '" + text + "': '" + location + "' is not a URL: " + e.getReason());
        }
    }

    private static double parseFps(String text, String value) {
        try {
            double fps = Double.parseDouble(value);
            if (fps > 0 && fps <= 100) {
                return fps;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException("source '" + text + "': fps must be a number in (0, 100], got '" + value + "'");
    }
}

package org.steadyhand.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.Shot;
import org.steadyhand.core.TimedEvent;
import org.steadyhand.device.serial.protocol.DecodeProblem;
import org.steadyhand.device.serial.protocol.DecodeSink;
import org.steadyhand.device.serial.protocol.FreeTargetProtocol;
import org.steadyhand.device.serial.protocol.SerialDecoder;

/**
 * Reads shots (mm from the target centre, x right, y up) from a file, in either of two forms:
 *
 * <ul>
 *   <li>JSON: an array of shots, or an object with a {@code shots} array (the output of {@code
 *       analyze shots --json}); each shot has {@code x_mm} and {@code y_mm}, or freETarget's {@code
 *       x} and {@code y};
 *   <li>a freETarget serial log: the lines the target prints, decoded by the same {@link
 *       FreeTargetProtocol} the serial source uses, so a capture scores exactly as it did live
 *       (misses and fault lines are skipped there, as live).
 * </ul>
 *
 * Anything else, or a file without a shot, is a {@link BadInputException} naming the file.
 */
final class ShotsFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ShotsFile() {}

    static List<Shot> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<Shot> shots = json(file, bytes).orElseGet(() -> freeTarget(bytes));
        if (shots.isEmpty()) {
            throw new BadInputException(file + ": no shots; expected a JSON array of {\"x_mm\": .., \"y_mm\": ..}"
                    + " or freETarget shot lines");
        }
        return shots;
    }

    private static Optional<List<Shot>> json(Path file, byte[] bytes) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            return Optional.empty(); // not strict JSON: maybe a freETarget log
        }
        JsonNode array = root != null && root.isObject() ? root.get("shots") : root;
        if (array == null || !array.isArray()) {
            return Optional.empty();
        }
        List<Shot> shots = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode shot = array.get(i);
            double x = coordinate(file, shot, i, "x_mm", "x");
            double y = coordinate(file, shot, i, "y_mm", "y");
            shots.add(new Shot(i, x, y));
        }
        return Optional.of(shots);
    }

    private static double coordinate(Path file, JsonNode shot, int index, String name, String freeTargetName) {
        JsonNode value = shot.has(name) ? shot.get(name) : shot.get(freeTargetName);
        if (value == null || !value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw new BadInputException(
                    file + ": shot " + (index + 1) + " needs a finite number '" + name + "', got " + value);
        }
        return value.asDouble();
    }

    private static List<Shot> freeTarget(byte[] bytes) {
        List<Shot> shots = new ArrayList<>();
        SerialDecoder decoder = new FreeTargetProtocol().newDecoder(new DecodeSink() {
            @Override
            public void reading(long timeNanos, double[] values) {}

            @Override
            public void event(TimedEvent event) {
                if (event instanceof Shot shot) {
                    shots.add(new Shot(shots.size(), shot.xMm(), shot.yMm()));
                }
            }

            @Override
            public void problem(DecodeProblem kind, String detail) {}
        });
        decoder.accept(bytes, 0, bytes.length, 0);
        // A last line without its line end still counts.
        byte[] end = "\r\n".getBytes(StandardCharsets.US_ASCII);
        decoder.accept(end, 0, end.length, 0);
        return shots;
    }
}

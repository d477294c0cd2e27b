package org.steadyhand.device.serial.protocol;

import java.util.List;
import java.util.Optional;
import org.steadyhand.core.Channel;
import org.steadyhand.core.Shot;

/**
 * freETarget electronic targets (github.com/ten-point-nine/freETarget), which print one JSON-like
 * line per shot. Produces {@link Shot} events, no channels. Immutable and thread-safe.
 *
 * <p>Wire format (freETarget firmware {@code compute_hit.ino}, {@code send_score} and
 * {@code send_miss}, versions 3.x; DOMAIN.md "Device protocols"): 115200 8N1, lines ended by CR LF
 * (LF CR after a miss in some versions), the target streams by itself. A shot:
 *
 * <pre>{"shot":3, "miss":0, "name":"TARGET", "time":12, "x":12.30, "y":-4.50, "r":13.10, "a":-20.09, }</pre>
 *
 * <p>{@code x}, {@code y} in mm from the target centre (x right, y up, as {@link Shot}); {@code r},
 * {@code a} the same point in polar form (mm, degrees). Which keys are present depends on the
 * firmware's build switches ({@code S_SHOT}, {@code S_XY}, {@code S_POLAR}, {@code S_MISC}, ...),
 * and the firmware leaves a trailing comma before {@code }} and, with {@code S_COUNTERS}, a stray
 * quote: the lines are not strict JSON. So this is a lenient scanner of {@code "key": value} pairs,
 * not a JSON parser: it needs {@code "shot"} and either {@code x} and {@code y} or {@code r} and
 * {@code a}, ignores every other key, and never allocates for a good line.
 *
 * <p>A miss ({@code "miss":1}, sent with {@code "x":0, "y":0}) is {@link DecodeProblem#UNSUPPORTED}
 * (a Shot needs a position; taking 0,0 would score a miss as a perfect ten). Other lines — trace
 * text, {@code {"Fault":"NORTH"}}, {@code {"TABATA":1}}, the version banner — are
 * {@link DecodeProblem#IGNORED}; a shot line without a usable position is
 * {@link DecodeProblem#MALFORMED}. The shot's time is the time its line arrived (the target sends
 * it a follow-through delay after the shot, {@code json_follow_through}, 0 s by default). Lines over
 * 1024 bytes are dropped.
 */
public final class FreeTargetProtocol implements SerialProtocol {
    static final int MAX_LINE_BYTES = 1024;

    @Override
    public String name() {
        return "freetarget";
    }

    @Override
    public SerialSettings defaultSettings() {
        return SerialSettings.eightNoneOne(115_200);
    }

    @Override
    public List<Channel> channels() {
        return List.of();
    }

    @Override
    public Optional<PollCommand> poll() {
        return Optional.empty();
    }

    @Override
    public SerialDecoder newDecoder(DecodeSink sink) {
        return new Decoder(sink);
    }

    private static final class Decoder implements SerialDecoder {
        private final DecodeSink sink;
        private final DecoderCounters counters = new DecoderCounters();
        private final LineSplitter lines;
        private final ShotLineScanner scanner = new ShotLineScanner();

        Decoder(DecodeSink sink) {
            this.sink = sink;
            this.lines = new LineSplitter(MAX_LINE_BYTES, this::line, counters, sink);
        }

        @Override
        public void accept(byte[] buffer, int offset, int length, long receivedAtNanos) {
            counters.countBytes(length);
            lines.accept(buffer, offset, length, receivedAtNanos);
        }

        @Override
        public DecoderCounters counters() {
            return counters;
        }

        private void line(byte[] bytes, int offset, int length, long receivedAtNanos) {
            switch (scanner.scan(bytes, offset, offset + length)) {
                case SHOT -> {
                    counters.countEvent();
                    sink.event(new Shot(receivedAtNanos, scanner.xMm(), scanner.yMm()));
                }
                case MISS -> problem(DecodeProblem.UNSUPPORTED, bytes, offset, length, "a miss has no position");
                case NOT_A_SHOT -> problem(DecodeProblem.IGNORED, bytes, offset, length, "not a shot");
                case BAD_SHOT -> problem(DecodeProblem.MALFORMED, bytes, offset, length, "shot without a position");
            }
        }

        private void problem(DecodeProblem kind, byte[] bytes, int offset, int length, String why) {
            Problems.report(counters, sink, kind, 1, why + ": '" + Problems.excerpt(bytes, offset, length) + "'");
        }
    }
}

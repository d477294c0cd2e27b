package org.steadyhand.device.serial.protocol;

import java.util.List;
import java.util.Optional;
import org.steadyhand.core.Channel;
import org.steadyhand.core.Unit;

/**
 * Imada DST, DSV and DS2 digital force gauges, polled for their displayed reading. Immutable and
 * thread-safe.
 *
 * <p>Wire format (DOMAIN.md "Device protocols"; the command table of the Imada DST/DSV manual as
 * used by the open drivers github.com/fdmysterious/dstdsv, {@code GaugeProtocol.measure}, and
 * Oliver Moore's {@code ImadaDST_Force_Gauge.ino}):
 *
 * <ul>
 *   <li>Request: {@code D} CR ("transmit display data"). Other commands ({@code Z} zero, {@code T}
 *       / {@code P} real-time / peak mode, {@code N} / {@code K} / {@code O} unit) answer {@code R}
 *       CR when executed and {@code E} CR on error; the gauge prints {@code Gauge Started.} at
 *       power-up over USB.
 *   <li>Reply: sign, value, unit letter, mode letter, judgement letter, CR, e.g. {@code +123.4NTO}.
 *       Sign {@code +} or {@code -}; value with the decimals of the gauge's resolution; unit
 *       {@code N} newton, {@code K} kgf (gf on the 2 N and 5 N models), {@code O} lbf (ozf on the
 *       2 N and 5 N models); mode {@code T} real time, {@code P} peak; judgement against the
 *       set points {@code L} below low, {@code O} between, {@code H} above high, {@code E} overload.
 * </ul>
 *
 * <p>Variants accepted: the sign may be missing, and the mode and judgement letters may be absent
 * (older firmware); unknown mode or judgement letters are accepted, the reading is kept. An
 * overload ({@code E}) is {@link DecodeProblem#UNSUPPORTED}: its value is the capacity, not the
 * force. {@code K} and {@code O} do not say whether they mean kgf or gf (lbf or ozf): that depends
 * on the model, so they are decoded only when the gauge range is given ({@link GaugeRange}); the
 * default {@link GaugeRange#NEWTON_ONLY} counts them as {@link DecodeProblem#UNSUPPORTED} rather
 * than risk a value 1000 times off. Any other line is {@link DecodeProblem#MALFORMED}.
 *
 * <p>Line settings: 19200 8N1, the RS-232C setting of the DST/DS2 (DOMAIN.md); the DST's USB port
 * runs at 256000 baud with RTS/CTS (dstdsv), reachable with {@code ?baud=256000}. Polled every
 * 20 ms (50 Hz): a reply of ~11 bytes takes about 6 ms at 19200 baud. Lines over 64 bytes are
 * dropped.
 */
public final class ImadaProtocol implements SerialProtocol {
    /** Interval between {@code D} requests. */
    public static final long POLL_PERIOD_NANOS = 20_000_000L;

    static final int MAX_LINE_BYTES = 64;

    private static final List<Channel> CHANNELS =
            List.of(new Channel("tip_force", Unit.MILLINEWTON, 1e9 / POLL_PERIOD_NANOS));

    /** What the unit letters {@code K} and {@code O} mean on the connected gauge. */
    public enum GaugeRange {
        /** Decode {@code N} only; {@code K} and {@code O} readings are counted as unsupported. */
        NEWTON_ONLY,
        /** 2 N and 5 N models: {@code K} is gf, {@code O} is ozf. */
        SMALL,
        /** 20 N models and larger: {@code K} is kgf, {@code O} is lbf. */
        LARGE
    }

    private final GaugeRange range;

    /** Newton readings only, the safe default for an unknown model. */
    public ImadaProtocol() {
        this(GaugeRange.NEWTON_ONLY);
    }

    public ImadaProtocol(GaugeRange range) {
        if (range == null) {
            throw new IllegalArgumentException("'range' is required");
        }
        this.range = range;
    }

    @Override
    public String name() {
        return "imada";
    }

    @Override
    public SerialSettings defaultSettings() {
        return SerialSettings.eightNoneOne(19_200);
    }

    @Override
    public List<Channel> channels() {
        return CHANNELS;
    }

    @Override
    public Optional<PollCommand> poll() {
        return Optional.of(new PollCommand(new byte[] {'D', '\r'}, POLL_PERIOD_NANOS));
    }

    @Override
    public SerialDecoder newDecoder(DecodeSink sink) {
        return new Decoder(sink, range);
    }

    /** The unit a letter stands for on a gauge of {@code range}; empty if unknown or ambiguous. */
    static Optional<ForceUnit> unitOf(byte letter, GaugeRange range) {
        return switch (letter) {
            case 'N' -> Optional.of(ForceUnit.NEWTON);
            case 'K' ->
                switch (range) {
                    case SMALL -> Optional.of(ForceUnit.GRAM_FORCE);
                    case LARGE -> Optional.of(ForceUnit.KILOGRAM_FORCE);
                    case NEWTON_ONLY -> Optional.empty();
                };
            case 'O' ->
                switch (range) {
                    case SMALL -> Optional.of(ForceUnit.OUNCE_FORCE);
                    case LARGE -> Optional.of(ForceUnit.POUND_FORCE);
                    case NEWTON_ONLY -> Optional.empty();
                };
            default -> Optional.empty();
        };
    }

    private static final class Decoder implements SerialDecoder {
        private final DecodeSink sink;
        private final GaugeRange range;
        private final DecoderCounters counters = new DecoderCounters();
        private final LineSplitter lines;
        private final AsciiDecimal number = new AsciiDecimal();
        private final double[] values = new double[1];

        Decoder(DecodeSink sink, GaugeRange range) {
            this.sink = sink;
            this.range = range;
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
            int from = offset;
            int to = offset + length;
            while (from < to && bytes[from] == ' ') {
                from++;
            }
            while (to > from && bytes[to - 1] == ' ') {
                to--;
            }
            int letters = to;
            while (letters > from && to - letters < 3 && isUpperLetter(bytes[letters - 1])) {
                letters--;
            }
            if (letters == to || !number.parse(bytes, from, letters)) {
                boolean error = to - from == 1 && bytes[from] == 'E';
                problem(DecodeProblem.MALFORMED, bytes, offset, length, error ? "gauge error reply" : "not a reading");
                return;
            }
            if (to - letters == 3 && bytes[to - 1] == 'E') {
                problem(DecodeProblem.UNSUPPORTED, bytes, offset, length, "overload");
                return;
            }
            Optional<ForceUnit> unit = unitOf(bytes[letters], range);
            if (unit.isEmpty()) {
                problem(
                        DecodeProblem.UNSUPPORTED,
                        bytes,
                        offset,
                        length,
                        "unit letter '" + (char) bytes[letters] + "' not decoded for gauge range " + range);
                return;
            }
            values[0] = number.times(unit.get().milliNewtons());
            counters.countReading();
            sink.reading(receivedAtNanos, values);
        }

        private static boolean isUpperLetter(byte c) {
            return c >= 'A' && c <= 'Z';
        }

        private void problem(DecodeProblem kind, byte[] bytes, int offset, int length, String why) {
            Problems.report(counters, sink, kind, 1, why + ": '" + Problems.excerpt(bytes, offset, length) + "'");
        }
    }
}

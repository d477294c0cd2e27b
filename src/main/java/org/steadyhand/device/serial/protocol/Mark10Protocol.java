package org.steadyhand.device.serial.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.steadyhand.core.Channel;
import org.steadyhand.core.Unit;

/**
 * Mark-10 Series 4, 5 and 7 force gauges and other GCL2 instruments, polled for their displayed
 * reading. Immutable and thread-safe.
 *
 * <p>Wire format (Mark-10 Series 5 User's Guide, section 9.8 "Command Set / Gauge Control Language
 * 2"; Series 4 User's Guide, sections 9.1.3–9.1.4; DOMAIN.md "Device protocols"):
 *
 * <ul>
 *   <li>Request: {@code ?} terminated by CR (CR LF also accepted by the gauge); the gauge answers
 *       with the displayed reading. ({@code ?C}, {@code ?PT}, {@code ?PC} ask for the current and
 *       peak readings; this protocol sends the plain {@code ?}.)
 *   <li>Reply: the value, a space, the unit, CR LF, e.g. {@code 4.285 N} or {@code -18.78 lbF}.
 *       The number of decimals depends on the gauge's capacity. The unit is sent only when enabled
 *       in the gauge's Serial/USB data-format menu; the sign may be inverted or omitted by the
 *       polarity setting (by default compression is positive, tension negative; values are kept
 *       as sent).
 *   <li>Errors: {@code *10} illegal command, {@code *11} not applicable, {@code *12} invalid
 *       specifier, {@code *22} value too large.
 * </ul>
 *
 * <p>Accepted units, case-insensitively, converted exactly to mN: {@code mN N kN gF kgF ozF lbF}
 * and the bare {@code g kg oz lb} older gauges print for the same force units. A reply without a
 * unit is {@link DecodeProblem#UNSUPPORTED} (its unit cannot be known: enable units in the gauge's
 * data format), as are torque units ({@code Nm lbFin ...}) from torque gauges; an error code or
 * anything else is {@link DecodeProblem#MALFORMED}.
 *
 * <p>Line settings: 115200 8N1, the baud the gauges use on USB (their virtual COM port) and the
 * highest of their RS-232 choices; an RS-232 gauge set lower needs {@code ?baud=N}. Polled every
 * 20 ms (50 Hz): a reply of at most ~12 bytes takes about 1 ms at 115200 baud, so the poll period,
 * not the line, sets the rate; each reading is stamped with the time its line arrived (one USB
 * round trip, a few ms, after the gauge measured it). Lines longer than 64 bytes are dropped.
 */
public final class Mark10Protocol implements SerialProtocol {
    /** Interval between {@code ?} requests. */
    public static final long POLL_PERIOD_NANOS = 20_000_000L;

    static final int MAX_LINE_BYTES = 64;

    private static final List<Channel> CHANNELS =
            List.of(new Channel("tip_force", Unit.MILLINEWTON, 1e9 / POLL_PERIOD_NANOS));

    @Override
    public String name() {
        return "mark10";
    }

    @Override
    public SerialSettings defaultSettings() {
        return SerialSettings.eightNoneOne(115_200);
    }

    @Override
    public List<Channel> channels() {
        return CHANNELS;
    }

    @Override
    public Optional<PollCommand> poll() {
        return Optional.of(new PollCommand(new byte[] {'?', '\r'}, POLL_PERIOD_NANOS));
    }

    @Override
    public SerialDecoder newDecoder(DecodeSink sink) {
        return new Decoder(sink);
    }

    /** The force unit named by {@code bytes[from..to)}, case-insensitively; empty if not one. */
    static Optional<ForceUnit> unitOf(byte[] bytes, int from, int to) {
        String unit = new String(bytes, from, to - from, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "mn" -> Optional.of(ForceUnit.MILLINEWTON);
            case "n" -> Optional.of(ForceUnit.NEWTON);
            case "kn" -> Optional.of(ForceUnit.KILONEWTON);
            case "gf", "g" -> Optional.of(ForceUnit.GRAM_FORCE);
            case "kgf", "kg" -> Optional.of(ForceUnit.KILOGRAM_FORCE);
            case "ozf", "oz" -> Optional.of(ForceUnit.OUNCE_FORCE);
            case "lbf", "lb" -> Optional.of(ForceUnit.POUND_FORCE);
            default -> Optional.empty();
        };
    }

    private static final class Decoder implements SerialDecoder {
        private final DecodeSink sink;
        private final DecoderCounters counters = new DecoderCounters();
        private final LineSplitter lines;
        private final AsciiDecimal number = new AsciiDecimal();
        private final double[] values = new double[1];
        private final byte[] unitCacheBytes = new byte[8];
        private ForceUnit unitCache;
        private int unitCacheLength = -1;

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
            int from = offset;
            int to = offset + length;
            while (from < to && bytes[from] == ' ') {
                from++;
            }
            while (to > from && bytes[to - 1] == ' ') {
                to--;
            }
            int space = to - 1;
            while (space >= from && bytes[space] != ' ') {
                space--;
            }
            if (space < from) {
                if (number.parse(bytes, from, to)) {
                    problem(
                            DecodeProblem.UNSUPPORTED,
                            bytes,
                            offset,
                            length,
                            "reading without a unit" + " (enable the unit in the gauge's data format)");
                } else if (bytes[from] == '*') {
                    problem(DecodeProblem.MALFORMED, bytes, offset, length, "gauge error code");
                } else {
                    problem(DecodeProblem.MALFORMED, bytes, offset, length, "not a reading");
                }
                return;
            }
            int numberEnd = space;
            while (numberEnd > from && bytes[numberEnd - 1] == ' ') {
                numberEnd--;
            }
            if (!number.parse(bytes, from, numberEnd)) {
                problem(DecodeProblem.MALFORMED, bytes, offset, length, "not a reading");
                return;
            }
            ForceUnit unit = cachedUnit(bytes, space + 1, to);
            if (unit == null) {
                problem(DecodeProblem.UNSUPPORTED, bytes, offset, length, "not a force unit");
                return;
            }
            values[0] = number.times(unit.milliNewtons());
            counters.countReading();
            sink.reading(receivedAtNanos, values);
        }

        /** The unit of the last line is almost always the unit of this one: compare bytes, not strings. */
        private ForceUnit cachedUnit(byte[] bytes, int from, int to) {
            int length = to - from;
            if (length == unitCacheLength && Arrays.equals(bytes, from, to, unitCacheBytes, 0, length)) {
                return unitCache;
            }
            ForceUnit unit = unitOf(bytes, from, to).orElse(null);
            if (unit != null && length <= unitCacheBytes.length) {
                System.arraycopy(bytes, from, unitCacheBytes, 0, length);
                unitCacheLength = length;
                unitCache = unit;
            }
            return unit;
        }

        private void problem(DecodeProblem kind, byte[] bytes, int offset, int length, String why) {
            Problems.report(counters, sink, kind, 1, why + ": '" + Problems.excerpt(bytes, offset, length) + "'");
        }
    }
}

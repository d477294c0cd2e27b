package org.steadyhand.device.serial;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.steadyhand.core.Channel;
import org.steadyhand.core.Unit;
import org.steadyhand.device.serial.protocol.DecodeProblem;
import org.steadyhand.device.serial.protocol.DecodeSink;
import org.steadyhand.device.serial.protocol.DecoderCounters;
import org.steadyhand.device.serial.protocol.PollCommand;
import org.steadyhand.device.serial.protocol.SerialDecoder;
import org.steadyhand.device.serial.protocol.SerialProtocol;
import org.steadyhand.device.serial.protocol.SerialSettings;

/**
 * A tiny line protocol for testing the link without the real instrument protocols: lines {@code
 * SEQ VALUE\n}, VALUE a force in mN, SEQ counting up from any start (a jump counts as lost lines).
 * Lines longer than {@value #MAX_LINE} bytes are dropped whole; anything unparsable is MALFORMED.
 * Readings are stamped with the receive time.
 */
final class CountingLineProtocol implements SerialProtocol {
    static final String NAME = "counting";
    static final int MAX_LINE = 40;
    static final Channel FORCE = new Channel("tip_force", Unit.MILLINEWTON, 1000);

    private final Optional<PollCommand> poll;

    private CountingLineProtocol(Optional<PollCommand> poll) {
        this.poll = poll;
    }

    static CountingLineProtocol streaming() {
        return new CountingLineProtocol(Optional.empty());
    }

    static CountingLineProtocol polledWith(String request, long periodNanos) {
        return new CountingLineProtocol(
                Optional.of(new PollCommand(request.getBytes(StandardCharsets.US_ASCII), periodNanos)));
    }

    static byte[] line(long seq, double forceMilliNewtons) {
        return (seq + " " + forceMilliNewtons + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SerialSettings defaultSettings() {
        return SerialSettings.eightNoneOne(115_200);
    }

    @Override
    public List<Channel> channels() {
        return List.of(FORCE);
    }

    @Override
    public Optional<PollCommand> poll() {
        return poll;
    }

    @Override
    public SerialDecoder newDecoder(DecodeSink sink) {
        return new Decoder(sink);
    }

    private static final class Decoder implements SerialDecoder {
        private final DecodeSink sink;
        private final DecoderCounters counters = new DecoderCounters();
        private final byte[] line = new byte[MAX_LINE];
        private final double[] reading = new double[1];
        private int length;
        private boolean overlong;
        private long expectedSeq = -1;

        Decoder(DecodeSink sink) {
            this.sink = sink;
        }

        @Override
        public void accept(byte[] buffer, int offset, int count, long receivedAtNanos) {
            counters.countBytes(count);
            for (int i = offset; i < offset + count; i++) {
                byte b = buffer[i];
                if (b == '\n' || b == '\r') {
                    if (overlong) {
                        problem(DecodeProblem.OVERLONG, "line over " + MAX_LINE + " bytes");
                    } else if (length > 0) {
                        parse(new String(line, 0, length, StandardCharsets.ISO_8859_1), receivedAtNanos);
                    }
                    length = 0;
                    overlong = false;
                } else if (length == MAX_LINE) {
                    overlong = true;
                } else {
                    line[length++] = b;
                }
            }
        }

        private void parse(String text, long atNanos) {
            String[] parts = text.split(" ");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                long seq = Long.parseLong(parts[0]);
                double value = Double.parseDouble(parts[1]);
                if (expectedSeq >= 0 && seq > expectedSeq) {
                    counters.countProblem(DecodeProblem.LOST_FRAMES, seq - expectedSeq);
                    sink.problem(DecodeProblem.LOST_FRAMES, (seq - expectedSeq) + " lines missing");
                }
                expectedSeq = seq + 1;
                reading[0] = value;
                counters.countReading();
                sink.reading(atNanos, reading);
            } catch (NumberFormatException e) {
                problem(DecodeProblem.MALFORMED, "not 'SEQ VALUE': " + text);
            }
        }

        private void problem(DecodeProblem kind, String detail) {
            counters.countProblem(kind, 1);
            sink.problem(kind, detail);
        }

        @Override
        public DecoderCounters counters() {
            return counters;
        }
    }
}

package org.steadyhand.device.serial.protocol;

import java.util.List;
import java.util.Optional;
import org.steadyhand.core.Channel;
import org.steadyhand.core.Unit;

/**
 * Contec CMS50D+ finger pulse oximeter, older firmware, live mode ({@code serial:cms50d:PORT}): 19200
 * baud 8O1, a 5-byte packet 60 times a second (DOMAIN.md "Device protocols"; Contec "Communication
 * protocol of pulse oximeter" V4.x as implemented in atbrask/CMS50Dplus, BSD-2). Only the first
 * byte of a packet has bit 7 set, which is how packets are found:
 *
 * <pre>
 * byte bits
 *  1   7 = 1 sync; 6 pulse beep; 5 SpO2 dropping; 4 searching too long; 0-3 signal strength
 *  2   7 = 0; 0-6 plethysmogram 0..100
 *  3   7 = 0; 6 pulse rate bit 7; 5 searching for pulse; 4 finger out / probe error; 0-3 bar graph
 *  4   7 = 0; 0-6 pulse rate bits 0-6 (bpm)
 *  5   7 = 0; 0-6 SpO2 (%)
 * </pre>
 *
 * <p>Channels: {@code pulse_rate} (bpm), {@code spo2} (%), {@code pleth} (normalised: byte 2 /
 * 100). While the oximeter has no reading (finger out, searching, pulse rate 0 or 255, SpO2 0 or
 * above 100) pulse rate and SpO2 are NaN in that reading, so no made-up number is stored; pleth
 * stays. A packet cut short by a new sync byte is {@link DecodeProblem#GARBAGE} (per byte) and
 * decoding restarts at that sync. There is no checksum. Immutable and thread-safe.
 */
public final class Cms50dProtocol implements SerialProtocol {
    public static final double PACKET_RATE_HZ = 60;
    static final int PACKET_BYTES = 5;

    private static final List<Channel> CHANNELS = List.of(
            new Channel("pulse_rate", Unit.BEAT_PER_MINUTE, PACKET_RATE_HZ),
            new Channel("spo2", Unit.PERCENT, PACKET_RATE_HZ),
            new Channel("pleth", Unit.NORMALISED, PACKET_RATE_HZ));

    @Override
    public String name() {
        return "cms50d";
    }

    @Override
    public SerialSettings defaultSettings() {
        return new SerialSettings(19_200, 8, SerialSettings.Parity.ODD, 1);
    }

    @Override
    public List<Channel> channels() {
        return CHANNELS;
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
        private final DecoderCounters counters = new DecoderCounters();
        private final DecodeSink sink;
        private final int[] packet = new int[PACKET_BYTES];
        private final double[] values = new double[3];
        private int filled;

        Decoder(DecodeSink sink) {
            this.sink = sink;
        }

        @Override
        public void accept(byte[] buffer, int offset, int length, long receivedAtNanos) {
            counters.countBytes(length);
            int garbage = 0;
            for (int i = offset; i < offset + length; i++) {
                int b = buffer[i] & 0xFF;
                if ((b & 0x80) != 0) {
                    garbage += filled;
                    packet[0] = b;
                    filled = 1;
                } else if (filled == 0) {
                    garbage++;
                } else {
                    packet[filled++] = b;
                    if (filled == PACKET_BYTES) {
                        emit(receivedAtNanos);
                        filled = 0;
                    }
                }
            }
            if (garbage > 0) {
                Problems.report(
                        counters, sink, DecodeProblem.GARBAGE, garbage, garbage + " bytes outside CMS50D+ packets");
            }
        }

        private void emit(long atNanos) {
            int pulse = packet[3] | (packet[2] & 0x40) << 1;
            int spo2 = packet[4];
            boolean noFinger = (packet[2] & 0x10) != 0 || (packet[2] & 0x20) != 0;
            boolean valid = !noFinger && pulse > 0 && pulse < 255 && spo2 > 0 && spo2 <= 100;
            values[0] = valid ? pulse : Double.NaN;
            values[1] = valid ? spo2 : Double.NaN;
            values[2] = packet[1] / 100.0;
            counters.countReading();
            sink.reading(atNanos, values);
        }

        @Override
        public DecoderCounters counters() {
            return counters;
        }
    }
}

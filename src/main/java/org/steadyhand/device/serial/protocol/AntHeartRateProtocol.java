package org.steadyhand.device.serial.protocol;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steadyhand.core.Channel;
import org.steadyhand.core.RrInterval;
import org.steadyhand.core.Unit;

/**
 * ANT+ heart-rate straps through an ANT USB stick ({@code serial:ant:PORT?network_key=...}): sets
 * up a receive channel for the HRM profile after each connect ({@link AntMessages#heartRateSetUp}),
 * then turns broadcast data pages into the strap's computed heart rate (channel {@code heart_rate},
 * one reading per page, 4.06 Hz) and {@link RrInterval} events ({@link AntHeartBeats}). Immutable
 * and thread-safe.
 *
 * <p>Sticks: Dynastream ANTUSB2 (0fcf:1008) and ANTUSB-m (0fcf:1009) are native USB devices that
 * Linux's {@code usb_serial_simple} driver exposes as {@code /dev/ttyUSBn} (the line speed is
 * ignored); the older ANTUSB (0fcf:1004) has a CP2102 bridge at 115200 baud, so that is the default.
 * See drivers/linux/README.md.
 *
 * <p>Decoding: message framing and XOR checksum in {@link AntFrames}. Broadcast data (0x4E) with
 * an 8-byte page: a reading and maybe an interval; a channel response (0x40) with a non-zero code
 * to a set-up message is {@link DecodeProblem#UNSUPPORTED} (the stick refused it, e.g. a wrong
 * network key length); RF event "receive failed" (a missed page) is {@link
 * DecodeProblem#LOST_FRAMES}; beats missed across several pages are {@link
 * DecodeProblem#LOST_FRAMES} per beat; an interval of 0 or over 5 s is {@link
 * DecodeProblem#MALFORMED}; everything else the stick says (start-up, capabilities, version,
 * serial number, channel status, search time-out) is {@link DecodeProblem#IGNORED}.
 */
public final class AntHeartRateProtocol implements SerialProtocol {
    /** Pages per second: 32768 / 8070. */
    public static final double PAGE_RATE_HZ = 32768.0 / AntMessages.HRM_CHANNEL_PERIOD;

    private static final List<Channel> CHANNELS =
            List.of(new Channel("heart_rate", Unit.BEAT_PER_MINUTE, PAGE_RATE_HZ));
    private static final int EVENT_RF = 0x01;
    private static final int EVENT_RX_FAIL = 0x02;

    @Override
    public String name() {
        return "ant";
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
        return Optional.empty();
    }

    @Override
    public Set<String> optionNames() {
        return Set.of(AntMessages.NETWORK_KEY_OPTION);
    }

    @Override
    public List<StartCommand> startCommands(Map<String, String> options) {
        return AntMessages.heartRateSetUp(options);
    }

    @Override
    public SerialDecoder newDecoder(DecodeSink sink) {
        return new Decoder(sink);
    }

    private static final class Decoder implements SerialDecoder {
        private final DecoderCounters counters = new DecoderCounters();
        private final DecodeSink sink;
        private final AntFrames frames;
        private final AntHeartBeats beats = new AntHeartBeats();
        private final double[] reading = new double[1];
        private long now;

        Decoder(DecodeSink sink) {
            this.sink = sink;
            this.frames = new AntFrames(counters, sink);
        }

        @Override
        public void accept(byte[] buffer, int offset, int length, long receivedAtNanos) {
            counters.countBytes(length);
            now = receivedAtNanos;
            frames.accept(buffer, offset, length, this::message);
        }

        private void message(int id, byte[] data, int offset, int length) {
            if (id == AntMessages.BROADCAST_DATA && length >= 9) {
                page(data, offset + 1);
            } else if (id == AntMessages.CHANNEL_EVENT && length >= 3) {
                channelEvent(data[offset + 1] & 0xFF, data[offset + 2] & 0xFF);
            } else {
                Problems.report(counters, sink, DecodeProblem.IGNORED, 1, "ANT message 0x" + Integer.toHexString(id));
            }
        }

        private void page(byte[] data, int offset) {
            reading[0] = data[offset + 7] & 0xFF;
            counters.countReading();
            sink.reading(now, reading);
            AntHeartBeats.Beat beat = beats.page(data, offset, now);
            if (beat.missedBeats() > 0) {
                Problems.report(
                        counters,
                        sink,
                        DecodeProblem.LOST_FRAMES,
                        beat.missedBeats(),
                        beat.missedBeats() + " heart beats missed (beat count jumped)");
            }
            if (beat.badInterval()) {
                Problems.report(counters, sink, DecodeProblem.MALFORMED, 1, "beat interval of 0 or over 5 s");
            }
            if (beat.rrMillis().isPresent()) {
                counters.countEvent();
                sink.event(new RrInterval(now, beat.rrMillis().getAsDouble()));
            }
        }

        private void channelEvent(int messageId, int code) {
            if (messageId == EVENT_RF) {
                DecodeProblem kind = code == EVENT_RX_FAIL ? DecodeProblem.LOST_FRAMES : DecodeProblem.IGNORED;
                Problems.report(counters, sink, kind, 1, "ANT channel event 0x" + Integer.toHexString(code));
            } else if (code != 0) {
                Problems.report(
                        counters,
                        sink,
                        DecodeProblem.UNSUPPORTED,
                        1,
                        "ANT stick refused message 0x" + Integer.toHexString(messageId) + " (code 0x"
                                + Integer.toHexString(code) + ")");
            }
        }

        @Override
        public DecoderCounters counters() {
            return counters;
        }
    }
}

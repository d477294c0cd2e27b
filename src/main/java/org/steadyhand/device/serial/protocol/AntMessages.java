package org.steadyhand.device.serial.protocol;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.steadyhand.core.BadInputException;

/**
 * ANT serial messages to and from a USB stick (ANT Message Protocol and Usage, rev 5.1, §7; DOMAIN.md
 * "Device protocols"): {@code 0xA4, length, id, length data bytes, XOR of all previous bytes}.
 * Builds the heart-rate channel set-up the ANT+ HRM profile needs. Stateless.
 *
 * <p>The ANT+ network key is licensed by Garmin/Dynastream to each developer: Steadyhand never
 * ships it. The user gives it as the {@code network_key} option (16 hex digits); it is only put
 * into the set-up message and never logged or stored.
 */
public final class AntMessages {
    public static final int SYNC = 0xA4;
    /** Longest data part of a message this decoder accepts (extended data messages stay below). */
    public static final int MAX_DATA = 32;

    public static final int RESET_SYSTEM = 0x4A;
    public static final int SET_NETWORK_KEY = 0x46;
    public static final int ASSIGN_CHANNEL = 0x42;
    public static final int CHANNEL_ID = 0x51;
    public static final int CHANNEL_PERIOD = 0x43;
    public static final int CHANNEL_RF_FREQUENCY = 0x45;
    public static final int SEARCH_TIMEOUT = 0x44;
    public static final int OPEN_CHANNEL = 0x4B;
    public static final int BROADCAST_DATA = 0x4E;
    public static final int CHANNEL_EVENT = 0x40;
    public static final int STARTUP = 0x6F;

    /** ANT+ HRM profile: device type 120, period 8070 (32768/8070 = 4.06 Hz), RF 2457 MHz. */
    public static final int HRM_DEVICE_TYPE = 120;

    public static final int HRM_CHANNEL_PERIOD = 8070;
    public static final int ANT_PLUS_RF_CHANNEL = 57;
    /** The option holding the user's network key. */
    public static final String NETWORK_KEY_OPTION = "network_key";
    /** ANT spec: the stick needs up to 500 ms after a reset before it takes commands. */
    static final long RESET_WAIT_MILLIS = 500;

    private AntMessages() {}

    /** A framed message with its checksum. */
    public static byte[] message(int id, int... data) {
        byte[] out = new byte[data.length + 4];
        out[0] = (byte) SYNC;
        out[1] = (byte) data.length;
        out[2] = (byte) id;
        for (int i = 0; i < data.length; i++) {
            out[3 + i] = (byte) data[i];
        }
        out[out.length - 1] = checksum(out, 0, out.length - 1);
        return out;
    }

    /** XOR of {@code length} bytes from {@code offset}. */
    public static byte checksum(byte[] bytes, int offset, int length) {
        int x = 0;
        for (int i = offset; i < offset + length; i++) {
            x ^= bytes[i];
        }
        return (byte) x;
    }

    /**
     * Reset, network key, slave receive channel 0 on network 0 for any HRM (device number 0 =
     * wildcard), period 8070, RF channel 57, search timeout 30 s, open.
     *
     * @throws BadInputException if {@code network_key} is missing or not 16 hex digits (the
     *     message never repeats the value)
     */
    public static List<StartCommand> heartRateSetUp(Map<String, String> options) {
        String key = options.get(NETWORK_KEY_OPTION);
        if (key == null || key.isBlank()) {
            throw new BadInputException("the ant protocol needs the ANT+ network key, which Steadyhand does not ship:"
                    + " get it from thisisant.com (free developer registration) and add"
                    + " '?network_key=<16 hex digits>' to the source or set it in the device profile");
        }
        byte[] keyBytes;
        try {
            keyBytes = HexFormat.of().parseHex(key.strip());
        } catch (IllegalArgumentException e) {
            keyBytes = new byte[0];
        }
        if (keyBytes.length != 8) {
            throw new BadInputException("the ANT+ network key must be 16 hex digits (8 bytes); the value given is not");
        }
        int[] keyData = new int[9];
        for (int i = 0; i < 8; i++) {
            keyData[1 + i] = keyBytes[i] & 0xFF;
        }
        List<StartCommand> commands = new ArrayList<>();
        commands.add(new StartCommand(message(RESET_SYSTEM, 0), RESET_WAIT_MILLIS, "reset"));
        commands.add(new StartCommand(message(SET_NETWORK_KEY, keyData), 0, "set network key"));
        commands.add(new StartCommand(message(ASSIGN_CHANNEL, 0, 0x00, 0), 0, "assign channel 0"));
        commands.add(new StartCommand(message(CHANNEL_ID, 0, 0, 0, HRM_DEVICE_TYPE, 0), 0, "channel id: HRM"));
        commands.add(new StartCommand(
                message(CHANNEL_PERIOD, 0, HRM_CHANNEL_PERIOD & 0xFF, HRM_CHANNEL_PERIOD >> 8), 0, "period 8070"));
        commands.add(new StartCommand(message(CHANNEL_RF_FREQUENCY, 0, ANT_PLUS_RF_CHANNEL), 0, "RF channel 57"));
        // Search timeout in 2.5 s units: 12 = 30 s, then the stick reports EVENT_RX_SEARCH_TIMEOUT.
        commands.add(new StartCommand(message(SEARCH_TIMEOUT, 0, 12), 0, "search timeout 30 s"));
        commands.add(new StartCommand(message(OPEN_CHANNEL, 0), 0, "open channel 0"));
        return List.copyOf(commands);
    }
}

package org.steadyhand.device.serial.protocol;

/** Encodes CMS50D+ live packets for tests (layout in {@link Cms50dProtocol}). */
public final class Cms50dPackets {
    private Cms50dPackets() {}

    /** A packet with a finger in: signal strength 5, bar 3. */
    public static byte[] packet(int pulseBpm, int spo2Percent, int pleth) {
        return new byte[] {
            (byte) (0x80 | 5),
            (byte) pleth,
            (byte) (3 | ((pulseBpm & 0x80) >> 1)),
            (byte) (pulseBpm & 0x7F),
            (byte) spo2Percent
        };
    }

    /** A packet with the finger-out flag and the values the oximeter then sends. */
    public static byte[] fingerOut() {
        return new byte[] {(byte) 0x80, 0, 0x10, 0x7F, 0x7F};
    }
}

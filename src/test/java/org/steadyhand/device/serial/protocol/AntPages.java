package org.steadyhand.device.serial.protocol;

/** Builds ANT+ heart-rate broadcast messages for tests (layout in {@link AntHeartBeats}). */
public final class AntPages {
    private AntPages() {}

    /** An 8-byte page 4: previous and last beat event time (1/1024 s), beat count, heart rate. */
    public static byte[] page4(int previousTicks, int beatTicks, int count, int heartRateBpm) {
        return new byte[] {
            4,
            0,
            (byte) previousTicks,
            (byte) (previousTicks >> 8),
            (byte) beatTicks,
            (byte) (beatTicks >> 8),
            (byte) count,
            (byte) heartRateBpm
        };
    }

    /** An 8-byte page 0 (no previous beat time). */
    public static byte[] page0(int beatTicks, int count, int heartRateBpm) {
        return new byte[] {0, 0, 0, 0, (byte) beatTicks, (byte) (beatTicks >> 8), (byte) count, (byte) heartRateBpm};
    }

    /** The page as a broadcast-data message on channel 0. */
    public static byte[] broadcast(byte[] page) {
        int[] data = new int[9];
        for (int i = 0; i < 8; i++) {
            data[1 + i] = page[i] & 0xFF;
        }
        return AntMessages.message(AntMessages.BROADCAST_DATA, data);
    }
}

package org.steadyhand.device.hid.descriptor;

/** Little-endian bit-field extraction as HID reports pack values (HID 1.11 §5.8). Stateless. */
final class Bits {
    private Bits() {}

    /**
     * The {@code size}-bit value (1..32) at {@code bitOffset} counted from byte {@code start}.
     * Callers guarantee the bits lie inside {@code data}.
     */
    static long extract(byte[] data, int start, int bitOffset, int size, boolean signed) {
        int first = start + (bitOffset >>> 3);
        int shift = bitOffset & 7;
        int bytes = (shift + size + 7) >>> 3;
        long accumulator = 0;
        for (int i = 0; i < bytes; i++) {
            accumulator |= (data[first + i] & 0xFFL) << (8 * i);
        }
        long value = (accumulator >>> shift) & ((1L << size) - 1);
        return signed ? (value << (64 - size)) >> (64 - size) : value;
    }
}

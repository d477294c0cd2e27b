package org.steadyhand.device.serial.protocol;

/**
 * CRC-16/CCITT-FALSE (also called CRC-16/IBM-3740): polynomial 0x1021, initial value 0xFFFF, no
 * input or output reflection, no final XOR. Check value: the ASCII bytes {@code 123456789} give
 * 0x29B1 (the "check" of the CRC catalogue; Python's {@code binascii.crc_hqx(data, 0xFFFF)}).
 * Table-driven; the table is immutable after class initialisation, so this is thread-safe.
 */
final class Crc16CcittFalse {
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            TABLE[i] = crc & 0xFFFF;
        }
    }

    private Crc16CcittFalse() {}

    /** The CRC of {@code bytes[offset..offset+length)}, 0..0xFFFF. */
    static int of(byte[] bytes, int offset, int length) {
        int crc = 0xFFFF;
        for (int i = offset; i < offset + length; i++) {
            crc = ((crc << 8) & 0xFF00) ^ TABLE[((crc >>> 8) ^ bytes[i]) & 0xFF];
        }
        return crc;
    }
}

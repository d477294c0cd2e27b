package org.steadyhand.device.serial.protocol;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Encodes Steadyhand sensor frames (drivers/firmware/PROTOCOL.md) as the reference firmware
 * writes them, and damaged variants, for decoder tests and for emulating the instrument on a pty.
 * Its CRC is a bit-by-bit implementation, separate from the decoder's table-driven one. Stateless.
 */
public final class FirmwareFrames {
    /** Bytes of one version 1 frame. */
    public static final int FRAME_BYTES = 29;

    private FirmwareFrames() {}

    /** A good version 1 frame with no fault flags; counts are raw MPU-6050 counts (see the spec). */
    public static byte[] frame(
            int sequence, long deviceMicros, int forceMicroNewtons, int[] accelCounts, int[] gyroCounts) {
        return frame(1, sequence, deviceMicros, 0, forceMicroNewtons, accelCounts, gyroCounts);
    }

    /** A frame with every header field chosen; the CRC is correct for its contents. */
    public static byte[] frame(
            int version,
            int sequence,
            long deviceMicros,
            int flags,
            int forceMicroNewtons,
            int[] accelCounts,
            int[] gyroCounts) {
        byte[] frame = new byte[FRAME_BYTES];
        frame[0] = (byte) 0xA5;
        frame[1] = (byte) 0x5A;
        frame[2] = (byte) version;
        frame[3] = 23;
        putLittleEndian(frame, 4, sequence, 2);
        putLittleEndian(frame, 6, deviceMicros, 4);
        frame[10] = (byte) flags;
        putLittleEndian(frame, 11, forceMicroNewtons, 4);
        for (int axis = 0; axis < 3; axis++) {
            putLittleEndian(frame, 15 + 2 * axis, accelCounts[axis], 2);
            putLittleEndian(frame, 21 + 2 * axis, gyroCounts[axis], 2);
        }
        putLittleEndian(frame, 27, crc16(frame, 2, 25), 2);
        return frame;
    }

    /**
     * {@code count} consecutive frames, 1 ms apart from {@code firstMicros}, sequence numbers from
     * {@code firstSequence} (wrapping), force {@code i} µN times {@code forceStepMicroNewtons} for
     * frame {@code i}, accel z 1 g (8192 counts), everything else 0.
     */
    public static byte[] stream(int count, int firstSequence, long firstMicros, int forceStepMicroNewtons) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(count * FRAME_BYTES);
        for (int i = 0; i < count; i++) {
            out.writeBytes(frame(
                    (firstSequence + i) & 0xFFFF,
                    (firstMicros + 1000L * i) & 0xFFFF_FFFFL,
                    i * forceStepMicroNewtons,
                    new int[] {0, 0, 8192},
                    new int[] {0, 0, 0}));
        }
        return out.toByteArray();
    }

    /** The frame with its CRC's low byte inverted. */
    public static byte[] withBadCrc(byte[] frame) {
        byte[] bad = frame.clone();
        bad[bad.length - 2] ^= (byte) 0xFF;
        return bad;
    }

    /** The first {@code keep} bytes of the frame, as when the rest is lost. */
    public static byte[] truncated(byte[] frame, int keep) {
        return Arrays.copyOf(frame, keep);
    }

    /** The parts one after the other. */
    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR), bit by bit. */
    public static int crc16(byte[] bytes, int offset, int length) {
        int crc = 0xFFFF;
        for (int i = offset; i < offset + length; i++) {
            crc ^= (bytes[i] & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
            }
        }
        return crc;
    }

    private static void putLittleEndian(byte[] bytes, int at, long value, int size) {
        for (int i = 0; i < size; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }
}

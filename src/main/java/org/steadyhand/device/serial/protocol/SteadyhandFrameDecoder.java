package org.steadyhand.device.serial.protocol;

/**
 * Decoder of {@link SteadyhandFirmwareProtocol} frames (format and rules there). Keeps at most one
 * incomplete frame between calls. Not thread-safe: one per connection.
 */
final class SteadyhandFrameDecoder implements SerialDecoder {
    static final int SYNC_0 = 0xA5;
    static final int SYNC_1 = 0x5A;
    static final int VERSION = 1;
    static final int PAYLOAD_V1 = 23;
    static final int MAX_PAYLOAD = 64;
    static final int HEADER = 4;
    static final int CRC = 2;

    /** MPU-6050 at ±4 g (AFS_SEL 1): 8192 counts per g, g = 9.80665 m/s² (standard gravity). */
    static final double ACCEL_METRES_PER_SECOND_SQUARED_PER_COUNT = 9.80665 / 8192;

    /** MPU-6050 at ±500 °/s (FS_SEL 1): 65.5 counts per °/s. */
    static final double GYRO_RADIANS_PER_SECOND_PER_COUNT = Math.PI / 180 / 65.5;

    private final DecodeSink sink;
    private final DecoderCounters counters = new DecoderCounters();
    private final DeviceClock clock = new DeviceClock();
    private final byte[] buffer = new byte[4096];
    private final double[] values = new double[7];
    private int length;
    private long garbageRun;
    private boolean haveSequence;
    private int lastSequence;
    private int lastFlags;

    SteadyhandFrameDecoder(DecodeSink sink) {
        this.sink = sink;
    }

    @Override
    public void accept(byte[] bytes, int offset, int count, long receivedAtNanos) {
        counters.countBytes(count);
        while (count > 0) {
            int chunk = Math.min(count, buffer.length - length);
            System.arraycopy(bytes, offset, buffer, length, chunk);
            length += chunk;
            offset += chunk;
            count -= chunk;
            scan(receivedAtNanos);
        }
        flushGarbage();
    }

    @Override
    public DecoderCounters counters() {
        return counters;
    }

    /** How many times the device-time mapping restarted (see {@link DeviceClock}). */
    long reanchors() {
        return clock.reanchors();
    }

    private void scan(long receivedAtNanos) {
        int p = 0;
        while (length - p >= 2) {
            if ((buffer[p] & 0xFF) != SYNC_0 || (buffer[p + 1] & 0xFF) != SYNC_1) {
                garbageRun++;
                p++;
                continue;
            }
            if (length - p < HEADER) {
                break;
            }
            int payload = buffer[p + 3] & 0xFF;
            if (payload > MAX_PAYLOAD) {
                garbageRun++;
                p++;
                continue;
            }
            int total = HEADER + payload + CRC;
            if (length - p < total) {
                break;
            }
            int sent = (buffer[p + HEADER + payload] & 0xFF) | (buffer[p + HEADER + payload + 1] & 0xFF) << 8;
            if (Crc16CcittFalse.of(buffer, p + 2, 2 + payload) != sent) {
                flushGarbage();
                Problems.report(counters, sink, DecodeProblem.BAD_CHECKSUM, 1, "frame with a bad CRC skipped");
                garbageRun += 2; // its sync bytes; the rest is rescanned
                p += 2;
                continue;
            }
            flushGarbage();
            frame(p, buffer[p + 2] & 0xFF, payload, receivedAtNanos);
            p += total;
        }
        if (length - p == 1 && (buffer[p] & 0xFF) != SYNC_0) {
            garbageRun++;
            p++;
        }
        System.arraycopy(buffer, p, buffer, 0, length - p);
        length -= p;
    }

    private void frame(int p, int version, int payload, long receivedAtNanos) {
        if (version != VERSION) {
            Problems.report(counters, sink, DecodeProblem.UNSUPPORTED, 1, "frame version " + version + " skipped");
            return;
        }
        if (payload < PAYLOAD_V1) {
            Problems.report(
                    counters, sink, DecodeProblem.MALFORMED, 1, "version 1 frame with a " + payload + "-byte payload");
            return;
        }
        int at = p + HEADER;
        int sequence = u16(at);
        if (haveSequence) {
            int step = (sequence - lastSequence) & 0xFFFF;
            if (step != 1) {
                // step 0 is the same frame again (not 65535 lost ones): drop it
                if (step == 0) {
                    Problems.report(counters, sink, DecodeProblem.MALFORMED, 1, "repeated sequence " + sequence);
                    return;
                }
                Problems.report(
                        counters,
                        sink,
                        DecodeProblem.LOST_FRAMES,
                        step - 1,
                        (step - 1) + " frames lost before " + sequence);
            }
        }
        haveSequence = true;
        lastSequence = sequence;
        long deviceMicros = u16(at + 2) | (long) u16(at + 4) << 16;
        long timeNanos = clock.sessionNanos(deviceMicros, receivedAtNanos);
        int flags = buffer[at + 6] & 0xFF;
        int previousFlags = lastFlags;
        lastFlags = flags;
        if (flags != 0) {
            // counted per frame, told once per change: a fault lasts for thousands of frames
            counters.countProblem(DecodeProblem.UNSUPPORTED, 1);
            if (flags != previousFlags) {
                sink.problem(
                        DecodeProblem.UNSUPPORTED,
                        "instrument fault flags 0x" + Integer.toHexString(flags)
                                + ((flags & 1) != 0 ? " (force not calibrated)" : "")
                                + ((flags & 2) != 0 ? " (IMU read failed)" : "") + ": readings dropped");
            }
            return;
        }
        int forceMicroNewtons = u16(at + 7) | u16(at + 9) << 16;
        values[0] = forceMicroNewtons / 1000.0;
        for (int axis = 0; axis < 3; axis++) {
            values[1 + axis] = (short) u16(at + 11 + 2 * axis) * ACCEL_METRES_PER_SECOND_SQUARED_PER_COUNT;
            values[4 + axis] = (short) u16(at + 17 + 2 * axis) * GYRO_RADIANS_PER_SECOND_PER_COUNT;
        }
        counters.countReading();
        sink.reading(timeNanos, values);
    }

    private int u16(int at) {
        return (buffer[at] & 0xFF) | (buffer[at + 1] & 0xFF) << 8;
    }

    private void flushGarbage() {
        if (garbageRun > 0) {
            long run = garbageRun;
            garbageRun = 0;
            Problems.report(counters, sink, DecodeProblem.GARBAGE, run, run + " bytes outside frames skipped");
        }
    }
}

package org.steadyhand.device.serial.protocol;

import java.util.List;
import java.util.Optional;
import org.steadyhand.core.Channel;
import org.steadyhand.core.Unit;

/**
 * The open Steadyhand sensor protocol: a DIY instrument (Arduino-class board, load cell on an
 * HX711, MPU-6050 IMU) streaming binary frames at 1 kHz. The full specification, with the frame
 * table, CRC test vector and host commands, is {@code drivers/firmware/PROTOCOL.md}; the reference
 * sketch is {@code drivers/firmware/steadyhand_sensor/}. Immutable and thread-safe.
 *
 * <p>Frame, version 1, all multi-byte fields little-endian (the byte order of AVR and ARM boards,
 * so the sketch copies its variables as they are):
 *
 * <pre>
 * offset size field
 *  0     2    sync 0xA5 0x5A
 *  2     1    version = 1
 *  3     1    payload length N (23 in version 1; up to 64)
 *  4     2    sequence number, uint16, +1 per frame, wraps
 *  6     4    device time, uint32 µs (Arduino micros()), wraps every 71.6 min
 * 10     1    flags: bit 0 force not calibrated, bit 1 IMU read failed; others 0
 * 11     4    force, int32 µN, calibrated on the board (EEPROM scale and tare)
 * 15     6    acceleration x, y, z, int16, ±4 g full scale: 8192 counts per g
 * 21     6    angular rate x, y, z, int16, ±500 °/s full scale: 65.5 counts per °/s
 * 4+N    2    CRC-16/CCITT-FALSE of bytes 2 .. 4+N-1 (version to end of payload)
 * </pre>
 *
 * <p>Decoding: frames are found by their sync bytes and checked by length and CRC; bytes outside
 * good frames are {@link DecodeProblem#GARBAGE} (counted per byte, the bytes of a frame with a bad
 * CRC included), a CRC mismatch is {@link
 * DecodeProblem#BAD_CHECKSUM} and the scan resumes one byte after the bad frame's sync, so a frame
 * cut short by lost bytes cannot hide the next one. Sequence gaps count {@link
 * DecodeProblem#LOST_FRAMES}; an unknown version is {@link DecodeProblem#UNSUPPORTED} and skipped;
 * a frame with a fault flag is {@link DecodeProblem#UNSUPPORTED} (counted per frame, told to
 * the sink when the flags change) and gives no reading (its force or motion would be wrong), though
 * its time and sequence still count; a repeated sequence number is {@link DecodeProblem#MALFORMED}
 * and dropped. Times: {@link DeviceClock}.
 *
 * <p>Line settings: 1,000,000 8N1. A 29-byte frame is 290 bits on the wire, so 1 kHz needs
 * 290 kbit/s; 1 Mbaud leaves 3.4× margin for host commands and bursts, and is exact on a 16 MHz
 * AVR (UBRR 1 with U2X, 0 % error) while 115200 could carry only ~400 frames/s and 500000 leaves a
 * 1.7× margin.
 */
public final class SteadyhandFirmwareProtocol implements SerialProtocol {
    /** Frames per second the instrument sends. */
    public static final double FRAME_RATE_HZ = 1000;

    private static final List<Channel> CHANNELS = List.of(
            new Channel("tip_force", Unit.MILLINEWTON, FRAME_RATE_HZ),
            new Channel("accel_x", Unit.METRE_PER_SECOND_SQUARED, FRAME_RATE_HZ),
            new Channel("accel_y", Unit.METRE_PER_SECOND_SQUARED, FRAME_RATE_HZ),
            new Channel("accel_z", Unit.METRE_PER_SECOND_SQUARED, FRAME_RATE_HZ),
            new Channel("gyro_x", Unit.RADIAN_PER_SECOND, FRAME_RATE_HZ),
            new Channel("gyro_y", Unit.RADIAN_PER_SECOND, FRAME_RATE_HZ),
            new Channel("gyro_z", Unit.RADIAN_PER_SECOND, FRAME_RATE_HZ));

    @Override
    public String name() {
        return "steadyhand";
    }

    @Override
    public SerialSettings defaultSettings() {
        return SerialSettings.eightNoneOne(1_000_000);
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
        return new SteadyhandFrameDecoder(sink);
    }
}

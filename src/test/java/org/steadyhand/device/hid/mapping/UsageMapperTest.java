package org.steadyhand.device.hid.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steadyhand.core.Channel;
import org.steadyhand.core.Unit;
import org.steadyhand.device.hid.SharedHidData;

/** Real descriptors mapped to channels, with reports built byte by byte from their layouts. */
class UsageMapperTest {
    private static final double RATE_HZ = 125;

    private static double value(UsageMapper mapper, double[] values, String channel) {
        List<String> names = mapper.channels().stream().map(Channel::name).toList();
        return values[names.indexOf(channel)];
    }

    private static double[] map(UsageMapper mapper, byte[] report) {
        double[] values = new double[mapper.channels().size()];
        assertThat(mapper.map(report, report.length, values))
                .as(mapper.rejection())
                .isTrue();
        return values;
    }

    @Test
    void inklingPenGivesPositionPressureAndTilt() {
        UsageMapper mapper = new UsageMapper(SharedHidData.descriptor(SharedHidData.INKLING), RATE_HZ);
        // ID 2; X 960; Y 1920; tip switch + in range (bits 0 and 3); pressure 512; tilt -127 / +64
        byte[] report = {2, (byte) 0xC0, 0x03, (byte) 0x80, 0x07, 0x09, 0x00, 0x02, (byte) 0x81, 0x40};

        double[] values = map(mapper, report);

        assertThat(mapper.channels())
                .extracting(Channel::name)
                .containsExactly("tip_x", "tip_y", "tip_switch", "in_range", "tip_pressure", "tilt_x", "tilt_y");
        assertThat(mapper.channels().get(0).unit()).isEqualTo(Unit.MILLIMETRE);
        // The Inkling's descriptor declares 0..30720 x 10^-2 cm for 0..1920, i.e. 1.6 mm per count.
        assertThat(value(mapper, values, "tip_x")).isCloseTo(1536.0, within(1e-9));
        assertThat(value(mapper, values, "tip_y")).isCloseTo(3072.0, within(1e-9));
        assertThat(value(mapper, values, "tip_pressure")).isCloseTo(0.5, within(1e-12));
        assertThat(value(mapper, values, "tilt_x")).isEqualTo(-127.0);
        assertThat(value(mapper, values, "tilt_y")).isEqualTo(64.0);
        assertThat(value(mapper, values, "in_range")).isEqualTo(1.0);
        assertThat(value(mapper, values, "tip_switch")).isEqualTo(1.0);
    }

    @Test
    void aesPenOutOfRangeGivesOnlyInRange() {
        UsageMapper mapper = new UsageMapper(SharedHidData.descriptor(SharedHidData.AES_PEN), RATE_HZ);
        byte[] inRange = new byte[18];
        inRange[0] = 6;
        inRange[1] = 0x20; // in range, bit 5
        inRange[2] = (byte) 0xD3; // X 30931
        inRange[3] = 0x78;
        inRange[16] = (byte) -90; // X tilt: bit 120 after the ID byte
        byte[] outOfRange = inRange.clone();
        outOfRange[1] = 0;

        double[] in = map(mapper, inRange);
        double[] out = map(mapper, outOfRange);

        assertThat(value(mapper, in, "tip_x")).isCloseTo(309.31, within(1e-9));
        assertThat(value(mapper, in, "tilt_x")).isCloseTo(-90.0, within(1e-9));
        assertThat(value(mapper, out, "tip_x")).isNaN();
        assertThat(value(mapper, out, "tilt_x")).isNaN();
        assertThat(value(mapper, out, "in_range")).isZero();
    }

    @Test
    void gamepadSticksSpanMinusOneToOneAndTriggersZeroToOne() {
        UsageMapper mapper = new UsageMapper(SharedHidData.descriptor(SharedHidData.GAMEPAD), RATE_HZ);
        byte[] report = new byte[17];
        report[0] = 1;
        report[3] = (byte) 0xFF; // Y 65535
        report[4] = (byte) 0xFF;
        report[9] = (byte) 0xFF; // brake 1023 (10 bits)
        report[10] = 0x03;

        double[] values = map(mapper, report);

        assertThat(mapper.channels())
                .extracting(Channel::name)
                .containsExactly("axis_x", "axis_y", "axis_z", "axis_rz", "brake", "accelerator");
        assertThat(value(mapper, values, "axis_x")).isEqualTo(-1.0);
        assertThat(value(mapper, values, "axis_y")).isCloseTo(1.0, within(1e-12));
        assertThat(value(mapper, values, "brake")).isCloseTo(1.0, within(1e-12));
        assertThat(value(mapper, values, "accelerator")).isZero();
    }

    @Test
    void sensorHubGivesAccelerationInMetresPerSecondSquaredAndRatesInRadiansPerSecond() {
        UsageMapper mapper = new UsageMapper(SharedHidData.descriptor(SharedHidData.SENSOR_HUB), RATE_HZ);
        byte[] accelerometer = new byte[15];
        accelerometer[0] = 1;
        accelerometer[8] = (byte) 0xE8; // X 1000 mg = 1 g
        accelerometer[9] = 0x03;
        accelerometer[10] = 0x18; // Y -1000
        accelerometer[11] = (byte) 0xFC;
        byte[] gyrometer = new byte[14];
        gyrometer[0] = 2;
        gyrometer[12] = (byte) 0x84; // Z 900 x 0.1 deg/s = 90 deg/s
        gyrometer[13] = 0x03;

        double[] acceleration = map(mapper, accelerometer);
        double[] rate = map(mapper, gyrometer);

        assertThat(mapper.channels())
                .extracting(Channel::name)
                .containsExactly("accel_x", "accel_y", "accel_z", "gyro_x", "gyro_y", "gyro_z");
        assertThat(value(mapper, acceleration, "accel_x")).isCloseTo(9.80665, within(1e-12));
        assertThat(value(mapper, acceleration, "accel_y")).isCloseTo(-9.80665, within(1e-12));
        assertThat(value(mapper, acceleration, "gyro_z")).isNaN();
        assertThat(value(mapper, rate, "gyro_z")).isCloseTo(Math.PI / 2, within(1e-12));
        assertThat(mapper.channels().get(0).unit()).isEqualTo(Unit.METRE_PER_SECOND_SQUARED);
        assertThat(mapper.channels().get(5).unit()).isEqualTo(Unit.RADIAN_PER_SECOND);
    }

    @Test
    void mouseMotionIsNotMapped() {
        UsageMapper mapper = new UsageMapper(SharedHidData.descriptor(SharedHidData.ROLLER_MOUSE), RATE_HZ);

        assertThat(mapper.channels()).isEmpty();
    }

    @Test
    void rejectedReportsCarryTheDecodersReason() {
        UsageMapper mapper = new UsageMapper(SharedHidData.descriptor(SharedHidData.GAMEPAD), RATE_HZ);

        assertThat(mapper.map(new byte[] {1, 2}, 2, new double[6])).isFalse();
        assertThat(mapper.rejection()).isEqualTo("input report 1 must be 17 bytes, got 2");
    }
}

package org.steadyhand.device.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.SessionClock;
import org.steadyhand.core.Shot;
import org.steadyhand.core.Unit;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceSpec;
import org.steadyhand.device.serial.protocol.DecodeProblem;
import org.steadyhand.device.serial.protocol.FirmwareFrames;
import org.steadyhand.device.serial.protocol.FreeTargetLines;
import org.steadyhand.device.serial.protocol.ImadaReplies;
import org.steadyhand.device.serial.protocol.Mark10Replies;
import org.steadyhand.device.serial.protocol.SerialProtocols;

/** Each real protocol end to end through a pseudo-terminal, with the protocols' own test encoders. */
class SerialProtocolsIT {
    private static final long WAIT_MILLIS = 5_000;
    /** Standard gravity, m/s², the MPU-6050's 1 g (DOMAIN.md, "Device protocols"). */
    private static final double G = 9.80665;

    @TempDir
    Path folder;

    private final SessionClock clock = SessionClock.startNow();
    private VirtualSerialPort port;
    private SerialSource source;
    private PolledInstrument gauge;

    @AfterEach
    void tearDown() throws InterruptedException {
        if (source != null) {
            source.stop();
        }
        if (gauge != null) {
            gauge.close();
        }
        if (port != null) {
            port.close();
        }
    }

    private EventLog start(String protocol) throws Exception {
        port = VirtualSerialPort.pluggedInAt(folder.resolve("tty" + protocol));
        source = SerialSourceFactory.of(SerialProtocols.all())
                .create(SourceSpec.parse("serial:" + protocol + ":" + port.path()), new SourceContext(clock, ""));
        EventLog log = new EventLog();
        source.start(log);
        log.awaitCount(SourceEvent.Attached.class, 1, WAIT_MILLIS);
        return log;
    }

    private static List<SampleBlock> blocksOf(EventLog log, String channel) {
        return log.blocks().stream()
                .filter(b -> b.channel().name().equals(channel))
                .toList();
    }

    private static double[] valuesOf(EventLog log, String channel) {
        return blocksOf(log, channel).stream()
                .flatMapToDouble(b -> java.util.Arrays.stream(b.values()))
                .toArray();
    }

    @Test
    void steadyhandFramesGiveForceInMilliNewtonsAndMotionInSiUnits() throws Exception {
        EventLog log = start("steadyhand");

        byte[] frames = FirmwareFrames.stream(200, 65_500, 4_294_900_000L, 2_500);
        int chunk = 10 * FirmwareFrames.FRAME_BYTES; // 10 frames every 10 ms: the instrument's pace
        for (int from = 0; from < frames.length; from += chunk) {
            port.terminal().write(java.util.Arrays.copyOfRange(frames, from, from + chunk));
            Thread.sleep(10);
        }
        log.awaitSamples(7 * 200, WAIT_MILLIS);

        double[] force = valuesOf(log, "tip_force");
        assertThat(force).hasSize(200);
        for (int i = 0; i < 200; i++) {
            assertThat(force[i]).isCloseTo(2.5 * i, within(1e-9));
        }
        assertThat(java.util.Arrays.stream(valuesOf(log, "accel_z")).boxed().toList())
                .hasSize(200)
                .allSatisfy(a -> assertThat(a).isCloseTo(G, within(1e-9)));
        assertThat(blocksOf(log, "accel_z").getFirst().channel().unit()).isEqualTo(Unit.METRE_PER_SECOND_SQUARED);
        assertThat(blocksOf(log, "gyro_x").getFirst().channel().unit()).isEqualTo(Unit.RADIAN_PER_SECOND);
        long[] times = blocksOf(log, "tip_force").stream()
                .flatMapToLong(b -> java.util.Arrays.stream(b.timesNanos()))
                .toArray();
        // The device's 1 ms spacing survives the sequence and clock wraps (65535 → 0, 2^32 µs);
        // a late chunk may make the decoder re-anchor on the receive time once or twice.
        long oneMillisecondSteps = java.util.stream.IntStream.range(1, 200)
                .filter(i -> times[i] - times[i - 1] == 1_000_000L)
                .count();
        assertThat(oneMillisecondSteps).isGreaterThanOrEqualTo(190);
        assertThat(source.status().problem(DecodeProblem.LOST_FRAMES)).isZero();
    }

    @Test
    void steadyhandFaultsAreCountedByKindAndGoodFramesStillArrive() throws Exception {
        EventLog log = start("steadyhand");
        byte[] good = FirmwareFrames.stream(30, 0, 0, 1_000);
        byte[] noise = new byte[500];
        new SplittableRandom(3).nextBytes(noise);

        port.terminal().write(java.util.Arrays.copyOfRange(good, 0, 10 * FirmwareFrames.FRAME_BYTES));
        port.terminal().write(FirmwareFrames.withBadCrc(java.util.Arrays.copyOfRange(good, 290, 319)));
        port.terminal().write(FirmwareFrames.truncated(java.util.Arrays.copyOfRange(good, 319, 348), 12));
        port.terminal().write(noise);
        port.terminal().write(java.util.Arrays.copyOfRange(good, 12 * FirmwareFrames.FRAME_BYTES, good.length));
        log.awaitSamples(7 * 28, WAIT_MILLIS);

        SerialSourceStatus status = source.status();
        assertThat(valuesOf(log, "tip_force")).hasSize(28).startsWith(0.0, 1.0).endsWith(29.0);
        assertThat(status.problem(DecodeProblem.BAD_CHECKSUM)).isGreaterThanOrEqualTo(1);
        assertThat(status.problem(DecodeProblem.GARBAGE)).isGreaterThan(0);
        assertThat(status.problem(DecodeProblem.LOST_FRAMES)).isEqualTo(2);
        assertThat(log.all(SourceEvent.Failed.class)).isEmpty();
    }

    @Test
    void mark10IsPolledWithAQuestionMarkAndItsNewtonsBecomeMilliNewtons() throws Exception {
        EventLog log = start("mark10");
        gauge = new PolledInstrument(port, (byte) '\r', n -> Mark10Replies.newtons(0.5 + n));

        log.awaitSamples(10, WAIT_MILLIS);

        double[] force = valuesOf(log, "tip_force");
        for (int i = 0; i < 10; i++) {
            assertThat(force[i]).isCloseTo(500.0 + 1000.0 * i, within(1e-9));
        }
        assertThat(gauge.answered()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void imadaIsPolledWithDAndItsNewtonsBecomeMilliNewtons() throws Exception {
        EventLog log = start("imada");
        gauge = new PolledInstrument(port, (byte) '\r', n -> ImadaReplies.newtons(1.25 + n));

        log.awaitSamples(10, WAIT_MILLIS);

        double[] force = valuesOf(log, "tip_force");
        for (int i = 0; i < 10; i++) {
            assertThat(force[i]).isCloseTo(1250.0 + 1000.0 * i, within(1e-9));
        }
    }

    @Test
    void freeTargetShotsBecomeShotEventsAndTraceLinesAreSkipped() throws Exception {
        EventLog log = start("freetarget");
        long before = clock.nowNanos();

        port.terminal().write(FreeTargetLines.trace("freETarget V3.04 ready"));
        port.terminal().write(FreeTargetLines.shot(1, 12.3, -4.5));
        port.terminal().write(FreeTargetLines.fault("NORTH"));
        port.terminal().write(FreeTargetLines.shot(2, -0.75, 2.0));
        log.awaitCount(SourceEvent.EventReceived.class, 2, WAIT_MILLIS);

        List<Shot> shots = log.timedEvents().stream().map(Shot.class::cast).toList();
        assertThat(shots).hasSize(2);
        assertThat(shots.get(0).xMm()).isCloseTo(12.3, within(1e-9));
        assertThat(shots.get(0).yMm()).isCloseTo(-4.5, within(1e-9));
        assertThat(shots.get(1).xMm()).isCloseTo(-0.75, within(1e-9));
        assertThat(shots.get(0).atNanos()).isBetween(before, clock.nowNanos());
        assertThat(log.blocks()).isEmpty();
        assertThat(source.status().events()).isEqualTo(2);
    }
}

package org.steadyhand.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.cli.CliServices;
import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceFactory;
import org.steadyhand.device.SourceRegistry;
import org.steadyhand.device.SourceSpec;
import org.steadyhand.device.serial.SerialSource;
import org.steadyhand.device.serial.SerialSourceFactory;
import org.steadyhand.device.serial.SerialSourceStatus;
import org.steadyhand.device.serial.VirtualSerialPort;
import org.steadyhand.device.serial.protocol.DecodeProblem;
import org.steadyhand.device.serial.protocol.FirmwareFrames;
import org.steadyhand.device.serial.protocol.SerialProtocols;
import org.steadyhand.session.LiveRig;
import org.steadyhand.session.Recording;
import org.steadyhand.session.SessionStatus;
import org.steadyhand.store.SessionSummary;
import org.steadyhand.store.StoredChannel;
import org.steadyhand.store.TelemetryReader;

/**
 * The Steadyhand sensor at its full 1 kHz for 60 s through a pty into a real recording: every
 * frame arrives and is stored. Frame i carries force i mN, so the stored values themselves prove
 * that nothing was lost, duplicated or reordered (the sequence numbers are checked by the decoder,
 * whose LOST_FRAMES count must stay 0).
 */
class FirmwareAtOneKilohertzIT {
    private static final int FRAMES = 60_000;

    @TempDir
    Path dataFolder;

    @Test
    void sixtySecondsAtOneKilohertzArriveAndAreStoredWithoutLoss() throws Exception {
        AtomicReference<SerialSource> created = new AtomicReference<>();
        SerialSourceFactory serial = SerialSourceFactory.of(SerialProtocols.all());
        SourceRegistry registry = new SourceRegistry(List.of(new SourceFactory() {
            @Override
            public String scheme() {
                return "serial";
            }

            @Override
            public SampleSource create(SourceSpec spec, SourceContext context) {
                SerialSource source = serial.create(spec, context);
                created.set(source);
                return source;
            }
        }));
        try (VirtualSerialPort port = VirtualSerialPort.pluggedInAt(dataFolder.resolve("ttySENSOR"));
                CliServices services = Workstation.openForCommands(Optional.of(dataFolder))) {
            SessionSummary session;
            SerialSourceStatus status;
            try (LiveRig rig = LiveRig.open(registry, List.of("serial:steadyhand:" + port.path()), "forceps")) {
                Recording recording = Recording.start(rig, services.sessionStore(), "frank", "{}");
                // The instrument starts after the session, so every frame belongs to it.
                sendPaced(port, FRAMES);
                Thread.sleep(300); // the last reads and the 10 ms batch
                status = created.get().status();
                rig.close();
                recording.stop(SessionStatus.COMPLETED, null);
                session = services.catalog().get(recording.id());
            }

            assertThat(status.readings()).isEqualTo(FRAMES);
            assertThat(status.problem(DecodeProblem.LOST_FRAMES)).isZero();
            assertThat(status.problem(DecodeProblem.GARBAGE)).isZero();
            assertThat(status.bytes()).isEqualTo((long) FRAMES * FirmwareFrames.FRAME_BYTES);
            StoredChannel force = session.channel("tip_force").orElseThrow();
            assertThat(force.sampleCount()).isEqualTo(FRAMES);
            assertThat(session.channel("gyro_z").orElseThrow().sampleCount()).isEqualTo(FRAMES);
            TelemetryReader.Series stored = services.telemetry().read(session.id(), force);
            for (int i = 0; i < FRAMES; i++) {
                if (stored.values()[i] != i) {
                    throw new AssertionError("sample " + i + " is " + stored.values()[i] + " mN, expected " + i);
                }
            }
            // Device timing kept: 60 s of frames span 59.999 s, give or take the decoder's 50 ms
            // re-anchoring bound.
            double spanSeconds = (stored.timesNanos()[FRAMES - 1] - stored.timesNanos()[0]) / 1e9;
            assertThat(spanSeconds).isBetween(59.949, 60.049);
        }
    }

    /** Writes {@code count} frames 1 ms apart on the device clock, at the real-time pace. */
    private static void sendPaced(VirtualSerialPort port, int count) {
        long start = System.nanoTime();
        int sent = 0;
        while (sent < count) {
            long due = Math.min(count, (System.nanoTime() - start) / 1_000_000L + 1);
            if (due > sent) {
                byte[] frames = new byte[(int) (due - sent) * FirmwareFrames.FRAME_BYTES];
                for (int i = sent; i < due; i++) {
                    byte[] frame = FirmwareFrames.frame(
                            i & 0xFFFF, 1000L * i, i * 1000, new int[] {0, 0, 8192}, new int[] {0, 0, 0});
                    System.arraycopy(frame, 0, frames, (i - sent) * FirmwareFrames.FRAME_BYTES, frame.length);
                }
                port.terminal().write(frames);
                sent = (int) due;
            }
            LockSupport.parkNanos(500_000);
        }
    }
}

package org.steadyhand.ui.rig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.core.Channel;
import org.steadyhand.core.ChannelNames;
import org.steadyhand.core.RrInterval;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.Shot;
import org.steadyhand.core.Unit;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.ui.TestWorkstation;
import org.steadyhand.ui.WorkstationServices;

/**
 * The rig screen's view-model without a stage or a rig: source events go straight into its live
 * state, and one display refresh later the properties must show what the events said.
 */
class RigViewModelTest {
    private static final double RATE_HZ = 1000;
    private static final long PERIOD_NANOS = 1_000_000;
    private static final Channel TIP_X = new Channel(ChannelNames.TIP_X, Unit.MILLIMETRE, RATE_HZ);
    private static final Channel TIP_Y = new Channel(ChannelNames.TIP_Y, Unit.MILLIMETRE, RATE_HZ);
    private static final Channel FORCE = new Channel(ChannelNames.TIP_FORCE, Unit.MILLINEWTON, RATE_HZ);
    private static final Channel TILT = new Channel(ChannelNames.TILT, Unit.DEGREE, RATE_HZ);

    @TempDir
    Path dir;

    private TestWorkstation workstation;
    private RigViewModel model;

    @BeforeEach
    void openModel() {
        workstation = TestWorkstation.open(dir);
        WorkstationServices services = workstation.services(List.of("sim:1"));
        model = new RigViewModel(
                new RigServices(
                        services.sourceRegistry(),
                        services.defaultSourceSpecs(),
                        services.modules(),
                        services.sessionStore(),
                        services.trainees(),
                        services.scoring()),
                Runnable::run,
                Runnable::run);
    }

    @AfterEach
    void close() {
        model.close();
        workstation.close();
    }

    @Test
    void tremorRmsIsTheAmplitudeOfACircularTenHertzTremorOnTopOfVoluntaryDrift() {
        // 80 um circular tremor at 10 Hz (radial RMS = 80 um), plus a 0.2 Hz, 0.5 mm drift and an
        // offset of several mm that the 2 Hz high-pass must remove.
        double amplitudeMm = 0.080;
        feed(
                TIP_X,
                2000,
                t -> 3 + 0.5 * Math.sin(2 * Math.PI * 0.2 * t) + amplitudeMm * Math.sin(2 * Math.PI * 10 * t));
        feed(TIP_Y, 2000, t -> -4 + amplitudeMm * Math.cos(2 * Math.PI * 10 * t));

        model.refreshDisplay();

        assertThat(model.display().tremorRmsProperty().get()).isCloseTo(80.0, within(2.0));
        LiveFrame frame = model.display().frameProperty().get();
        assertThat(frame.motion()).isEqualTo(MotionKind.TIP);
        assertThat(frame.traceValues()).hasSizeBetween(399, 401);
        double peak = 0;
        for (int i = 0; i < frame.traceValues().length; i++) {
            if (frame.traceSeconds()[i] >= -1.0) { // after the filter has settled on the drift
                peak = Math.max(peak, Math.abs(frame.traceValues()[i]));
            }
        }
        assertThat(peak).as("trace peak over the last second, um").isBetween(75.0, 85.0);
    }

    @Test
    void tremorRmsWaitsForAFullSecondOfBothAxes() {
        feed(TIP_X, 500, t -> 0.05 * Math.sin(2 * Math.PI * 10 * t));
        feed(TIP_Y, 500, t -> 0.05 * Math.cos(2 * Math.PI * 10 * t));

        model.refreshDisplay();

        assertThat(model.display().tremorRmsProperty().get()).isNaN();
        assertThat(model.display().frameProperty().get().traceValues()).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            3.0,  SAFE
            7.49, SAFE
            7.5,  CAUTION
            8.9,  CAUTION
            9.0,  DANGER
            11.2, DANGER
            """)
    void forceAndItsThresholdLevelFollowTheSignal(double forceMilliNewtons, ForceLevel expected) {
        feed(FORCE, 50, t -> forceMilliNewtons);

        model.refreshDisplay();

        assertThat(model.display().forceMilliNewtonsProperty().get()).isEqualTo(forceMilliNewtons);
        assertThat(model.display().forceLevelProperty().get()).isEqualTo(expected);
    }

    @Test
    void aForceSpikeBetweenTwoRefreshesIsStillShownOnce() {
        publish(new SourceEvent.BlockReceived(
                "test", new SampleBlock(FORCE, new long[] {1, 2, 3}, new double[] {2, 9.4, 3})));

        model.refreshDisplay();
        double first = model.display().forceMilliNewtonsProperty().get();
        ForceLevel firstLevel = model.display().forceLevelProperty().get();
        model.refreshDisplay();

        assertThat(first).isEqualTo(9.4);
        assertThat(firstLevel).isEqualTo(ForceLevel.DANGER);
        assertThat(model.display().forceMilliNewtonsProperty().get()).isEqualTo(3.0);
        assertThat(model.display().forceLevelProperty().get()).isEqualTo(ForceLevel.SAFE);
    }

    @Test
    void missingSignalsShowAsNotANumber() {
        model.refreshDisplay();

        assertThat(model.display().forceMilliNewtonsProperty().get()).isNaN();
        assertThat(model.display().forceLevelProperty().get()).isEqualTo(ForceLevel.NONE);
        assertThat(model.display().tiltDegreesProperty().get()).isNaN();
        assertThat(model.display().heartRateBpmProperty().get()).isNaN();
        assertThat(model.display().stressIndexProperty().get()).isNaN();
        assertThat(model.display().rmssdMillisProperty().get()).isNaN();
    }

    @Test
    void theLastMinuteOfBeatsGivesRmssdAndStressIndex() {
        long t = 0;
        for (int i = 0; i < 40; i++) {
            double rr = i % 2 == 0 ? 800 : 900;
            t += Math.round(rr * 1e6);
            publish(new SourceEvent.EventReceived("test", new RrInterval(t, rr)));
        }

        model.refreshDisplay();

        assertThat(model.display().rmssdMillisProperty().get()).isCloseTo(100, within(1e-9));
        // Mo 825 ms, AMo 50 %, MxDMn 0.1 s: SI = 50 / (2 · 0.825 · 0.1).
        assertThat(model.display().stressIndexProperty().get()).isCloseTo(50 / (2 * 0.825 * 0.1), within(1e-9));
    }

    @Test
    void tiltIsTheLatestValueAndHeartRateAveragesTheLastFiveIntervals() {
        feed(TILT, 30, t -> 10 + t * 100);
        for (double rr : new double[] {1000, 1000, 750, 750, 750, 750}) {
            publish(new SourceEvent.EventReceived("test", new RrInterval(1, rr)));
        }

        model.refreshDisplay();

        assertThat(model.display().tiltDegreesProperty().get()).isCloseTo(12.9, within(1e-9));
        // Last five: 1000, 750, 750, 750, 750 -> mean 800 ms -> 75 bpm.
        assertThat(model.display().heartRateBpmProperty().get()).isCloseTo(75.0, within(1e-9));
    }

    @Test
    void shotsAreCountedWithTheRingOfTheLatest() {
        model.choices().moduleProperty().set(workstation.modules().require("air-rifle-10m"));
        publish(new SourceEvent.EventReceived("test", new Shot(1, 0.0, 0.0)));
        publish(new SourceEvent.EventReceived("test", new Shot(2, 6.0, -8.0)));

        model.refreshDisplay();

        assertThat(model.display().shotCountProperty().get()).isEqualTo(2);
        // r = 10 mm: inside the 7-ring (radius 7.75 mm) once the 2.25 mm pellet radius is added.
        assertThat(model.display().lastShotRingProperty().get()).isEqualTo(7);
        assertThat(model.targetFaceProperty().get()).isEqualTo(TargetFace.AIR_RIFLE_10M);
    }

    @Test
    void theRunningTotalAddsDecimalScoresAndShowsTheLatest() {
        model.choices().moduleProperty().set(workstation.modules().require("air-rifle-10m"));
        publish(new SourceEvent.EventReceived("test", new Shot(1, 0.0, 0.0)));
        publish(new SourceEvent.EventReceived("test", new Shot(2, 6.0, -8.0)));

        model.refreshDisplay();

        // Centre: 10 + (0.25 + 2.25) / 2.5 = 11, capped at 10.9; r = 10 mm: 10 + (2.5 - 10) / 2.5 = 7.0.
        assertThat(model.display().decimalTotalProperty().get()).isEqualTo(17.9);
        assertThat(model.display().lastShotDecimalProperty().get()).isEqualTo(7.0);
    }

    @Test
    void marksmanshipModulesTraceTheAimPointInMillimetres() {
        model.choices().moduleProperty().set(workstation.modules().require("air-pistol-10m"));

        model.refreshDisplay();

        LiveFrame frame = model.display().frameProperty().get();
        assertThat(frame.motion()).isEqualTo(MotionKind.AIM);
        assertThat(frame.motion().unitText()).isEqualTo("mm");
        assertThat(model.targetFaceProperty().get()).isEqualTo(TargetFace.AIR_PISTOL_10M);
        assertThat(model.clock().remainingTextProperty().get()).isEqualTo("05:00 left");
    }

    @Test
    void startIsRefusedWhileNoRigIsLive() {
        model.choices().traineeNameProperty().set("Ada");

        model.start();

        assertThat(model.state().phaseProperty().get()).isEqualTo(RigPhase.CONNECTING);
        assertThat(model.state().canStart().get()).isFalse();
    }

    /** {@code samples} samples from time 0 at 1 kHz, in 10-sample blocks as a rig sends them. */
    private void feed(Channel channel, int samples, DoubleUnaryOperator valueAtSeconds) {
        for (int first = 0; first < samples; first += 10) {
            int n = Math.min(10, samples - first);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = valueAtSeconds.applyAsDouble((first + i) / RATE_HZ);
            }
            publish(new SourceEvent.BlockReceived(
                    "test", SampleBlock.regular(channel, first * PERIOD_NANOS, PERIOD_NANOS, values)));
        }
    }

    private void publish(SourceEvent event) {
        model.liveSignals().accept(event);
    }
}

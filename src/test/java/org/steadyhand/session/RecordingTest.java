package org.steadyhand.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.TimedEvent;
import org.steadyhand.device.SourceRegistry;
import org.steadyhand.device.sim.SimulatedRigFactory;

/** A recording from the real simulated rig into a store that is slow to open the session. */
class RecordingTest {
    private static final long MILLISECOND = 1_000_000L;
    /** How long the store takes to open the session, as when another process hands over the file. */
    private static final long OPENING_NANOS = 300 * MILLISECOND;

    private final SourceRegistry registry = new SourceRegistry(List.of(new SimulatedRigFactory()));

    /** Keeps the first channel's sample times; written on the recorder's thread, read after stop. */
    private static class SampleTimes implements SessionSink {
        final List<Long> tipX = new ArrayList<>();
        SessionStatus status;
        Instant endedAt;

        @Override
        public void blockReceived(SampleBlock block) {
            if (block.channel().name().equals("tip_x")) {
                for (long time : block.timesNanos()) {
                    tipX.add(time);
                }
            }
        }

        @Override
        public void eventReceived(TimedEvent event) {}

        @Override
        public void flush() {}

        @Override
        public void finish(SessionStatus status, Instant endedAt, String message) {
            this.status = status;
            this.endedAt = endedAt;
        }
    }

    @Test
    void keepsTheSamplesThatArriveWhileTheStoreIsOpeningTheSession() throws Exception {
        SampleTimes sink = new SampleTimes();
        try (LiveRig rig = LiveRig.open(registry, List.of("sim:7"), "anti-tremor")) {
            SessionStore slowToOpen = start -> {
                long zero = rig.clock().nowNanos();
                while (rig.clock().nowNanos() - zero < OPENING_NANOS) {
                    LockSupport.parkNanos(MILLISECOND);
                }
                return sink;
            };
            Recording recording = Recording.start(rig, slowToOpen, "Ada", "{}");
            while (recording.elapsedNanos() < OPENING_NANOS + 100 * MILLISECOND) {
                Thread.sleep(10);
            }
            rig.close();
            recording.stop(SessionStatus.COMPLETED, null);
        }

        assertThat(sink.status).isEqualTo(SessionStatus.COMPLETED);
        // The simulated rig samples at 1 kHz: the first sample falls within a millisecond of the
        // session start, and every millisecond of the opening time has its sample.
        assertThat(sink.tipX).first().satisfies(first -> assertThat(first).isBetween(0L, MILLISECOND));
        assertThat(sink.tipX.stream().filter(time -> time < OPENING_NANOS)).hasSize(300);
    }

    @Test
    void sourcesStartedByTheRecordingLoseNothingWhileTheStoreIsOpeningTheSession() throws Exception {
        SampleTimes sink = new SampleTimes();
        try (LiveRig rig = LiveRig.prepare(registry, List.of("sim:7"), "anti-tremor")) {
            SessionStore slowToOpen = start -> {
                long zero = rig.clock().nowNanos();
                while (rig.clock().nowNanos() - zero < OPENING_NANOS) {
                    LockSupport.parkNanos(MILLISECOND);
                }
                return sink;
            };
            Recording recording = Recording.startWithSources(rig, slowToOpen, "Ada", "{}", Duration.ofMillis(500));
            while (recording.elapsedNanos() < 600 * MILLISECOND) {
                Thread.sleep(10);
            }
            rig.close();
            recording.stop(SessionStatus.COMPLETED, null);
        }

        // The rig started just before time zero: its first sample falls within a millisecond of
        // the start, and the 300 ms the store took to open the session are all there.
        assertThat(sink.tipX).first().satisfies(first -> assertThat(first).isBetween(0L, MILLISECOND));
        assertThat(sink.tipX.stream().filter(time -> time < OPENING_NANOS)).hasSize(300);
        assertThat(sink.tipX).hasSize(500);
    }

    @Test
    void aSessionOfFixedLengthKeepsNothingFromLaterThoughStoppedLater() throws Exception {
        SampleTimes sink = new SampleTimes();
        Instant startedAt;
        try (LiveRig rig = LiveRig.open(registry, List.of("sim:7"), "anti-tremor")) {
            SessionStore slowToOpen = start -> {
                long zero = rig.clock().nowNanos();
                while (rig.clock().nowNanos() - zero < OPENING_NANOS) {
                    LockSupport.parkNanos(MILLISECOND);
                }
                return sink;
            };
            Recording recording = Recording.start(rig, slowToOpen, "Ada", "{}", Duration.ofMillis(200));
            startedAt = recording.startedAt();
            rig.close();
            recording.stop(SessionStatus.COMPLETED, null);
        }

        // Opening took 300 ms, longer than the session's 200 ms.
        assertThat(sink.tipX).hasSize(200).allSatisfy(time -> assertThat(time).isBetween(0L, 200 * MILLISECOND));
        assertThat(Duration.between(startedAt, sink.endedAt)).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void aSessionTheStoreCannotOpenLeavesNoSubscriberBehind() throws Exception {
        try (LiveRig rig = LiveRig.open(registry, List.of("sim:7"), "anti-tremor")) {
            SessionStore broken = start -> {
                throw new IllegalStateException("cannot start session " + start.id() + ": disk full");
            };

            assertThatThrownBy(() -> Recording.start(rig, broken, "Ada", "{}"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("disk full");
            assertThat(rig.pipeline().subscriptions()).isEmpty();
        }
    }

    @Test
    void theSessionEndsWhenStoppedNotWhenTheLastDataIsStored() throws Exception {
        SampleTimes sink = new SampleTimes();
        CountDownLatch delivering = new CountDownLatch(1);
        AtomicLong storageStalledUntil = new AtomicLong(Long.MAX_VALUE);
        long stoppedAt;
        Instant startedAt;
        try (LiveRig rig = LiveRig.open(registry, List.of("sim:7"), "anti-tremor")) {
            SessionSink stalled = new SessionSink() {
                @Override
                public void blockReceived(SampleBlock block) {
                    delivering.countDown();
                    while (rig.clock().nowNanos() < storageStalledUntil.get()) {
                        LockSupport.parkNanos(MILLISECOND);
                    }
                }

                @Override
                public void eventReceived(TimedEvent event) {}

                @Override
                public void flush() {}

                @Override
                public void finish(SessionStatus status, Instant endedAt, String message) {
                    sink.finish(status, endedAt, message);
                }
            };
            Recording recording = Recording.start(rig, start -> stalled, "Ada", "{}");
            startedAt = recording.startedAt();
            delivering.await();
            stoppedAt = recording.elapsedNanos();
            storageStalledUntil.set(rig.clock().nowNanos() + 500 * MILLISECOND);
            rig.close();
            recording.stop(SessionStatus.COMPLETED, null);
        }

        // Storing the last data took another 500 ms; the session still ended when it was stopped.
        assertThat(Duration.between(startedAt, sink.endedAt).toNanos())
                .isBetween(stoppedAt, stoppedAt + 250 * MILLISECOND);
    }

    @Test
    void alertsRaisedWhilePausedAreNotStoredAndAPauseStillOpenAtStopEndsThere() throws Exception {
        List<TimedEvent> events = java.util.Collections.synchronizedList(new ArrayList<>());
        SampleTimes samples = new SampleTimes() {
            @Override
            public void eventReceived(TimedEvent event) {
                events.add(event);
            }
        };
        java.util.Optional<org.steadyhand.core.Alert> whilePaused;
        java.util.Optional<org.steadyhand.core.Alert> afterResume;
        boolean pausedTwice;
        long activeAtStop;
        long elapsedAtStop;
        long firstPauseAtLeast;
        long firstPauseAtMost;
        try (LiveRig rig = LiveRig.open(registry, List.of("sim:7"), "anti-tremor")) {
            Recording recording = Recording.start(rig, start -> samples, "Ada", "{}");
            Thread.sleep(200);
            long pauseCalledAt = System.nanoTime();
            recording.pause();
            long pauseReturnedAt = System.nanoTime();
            whilePaused = recording.alert("FORCE_DANGER", "Force 9.5 mN is above the danger line of 9 mN: ease off");
            Thread.sleep(300);
            long resumeCalledAt = System.nanoTime();
            recording.resume();
            long resumeReturnedAt = System.nanoTime();
            // The stored pause must lie within the span the calls took, however slow the machine.
            firstPauseAtLeast = resumeCalledAt - pauseReturnedAt;
            firstPauseAtMost = resumeReturnedAt - pauseCalledAt;
            afterResume = recording.alert("FORCE_DANGER", "Force 9.6 mN is above the danger line of 9 mN: ease off");
            Thread.sleep(200);
            recording.pause();
            pausedTwice = recording.pause();
            Thread.sleep(200);
            activeAtStop = recording.activeNanos();
            elapsedAtStop = recording.elapsedNanos();
            recording.stop(SessionStatus.STOPPED, "stopped while paused");
        }

        assertThat(whilePaused).isEmpty();
        assertThat(afterResume)
                .hasValueSatisfying(alert -> assertThat(alert.message()).contains("9.6 mN"));
        assertThat(pausedTwice).as("pausing a paused recording").isFalse();
        List<org.steadyhand.core.Pause> pauses = events.stream()
                .filter(org.steadyhand.core.Pause.class::isInstance)
                .map(org.steadyhand.core.Pause.class::cast)
                .toList();
        assertThat(pauses).hasSize(2);
        assertThat(pauses.get(0).lengthNanos()).isBetween(firstPauseAtLeast, firstPauseAtMost);
        assertThat(firstPauseAtLeast).isGreaterThanOrEqualTo(300 * MILLISECOND);
        assertThat(pauses.get(1).lengthNanos())
                .as("the open pause runs to the stop")
                .isGreaterThanOrEqualTo(200 * MILLISECOND);
        assertThat(events.stream().filter(org.steadyhand.core.Alert.class::isInstance))
                .hasSize(1);
        assertThat(elapsedAtStop - activeAtStop).isGreaterThanOrEqualTo(500 * MILLISECOND);
        for (org.steadyhand.core.Pause pause : pauses) {
            assertThat(samples.tipX.stream().filter(t -> t >= pause.atNanos() && t < pause.endNanos()))
                    .isEmpty();
        }
    }
}

package org.steadyhand.device.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.steadyhand.core.ChannelNames;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.SessionClock;
import org.steadyhand.core.TimedEvent;
import org.steadyhand.device.SourceEvent;

@Timeout(60)
class SimulatedRigTest {
    private static final List<String> SURGICAL = List.of(
            ChannelNames.TIP_X, ChannelNames.TIP_Y, ChannelNames.TIP_Z, ChannelNames.TIP_FORCE, ChannelNames.TILT);

    private static SimSettings settings(long seed, Pace pace, SimTask task) {
        return new SimSettings(seed, Skill.NOVICE, pace, task);
    }

    /**
     * A clock that jumps on by an uneven step (1-29 ms, in a fixed cycle) each time it is read: the
     * rig sees late and irregular wake-ups, so its blocks have all sorts of lengths.
     */
    private static SessionClock jumpyClock() {
        long[] stepsMillis = {13, 7, 29, 1, 10, 17, 3};
        AtomicLong reads = new AtomicLong();
        AtomicLong now = new AtomicLong();
        return new SessionClock(
                Instant.EPOCH,
                0,
                () -> now.getAndAdd(stepsMillis[(int) (reads.getAndIncrement() % stepsMillis.length)] * 1_000_000L));
    }

    /**
     * Runs a rig until at least {@code samples} samples of every channel have arrived: the latch
     * counts the first channel, and the others follow within one block of at most {@link
     * SimulatedRig#MAX_BLOCK_SAMPLES} (stop may cut the last run of blocks short).
     */
    private static RecordingListener run(SimulatedRig rig, int samples) throws InterruptedException {
        RecordingListener listener = new RecordingListener(samples + SimulatedRig.MAX_BLOCK_SAMPLES);
        rig.start(listener);
        try {
            assertThat(listener.awaitEnough()).as("%d samples arrived", samples).isTrue();
        } finally {
            rig.stop();
        }
        return listener;
    }

    @Test
    void sameSeedGivesIdenticalSamplesWhateverTheBlocksAndWakeUps() throws InterruptedException {
        int n = 5000;
        RecordingListener fast10 =
                run(new SimulatedRig(settings(77, Pace.FAST, SimTask.GRASP_AND_PEEL), SessionClock.startNow(), 10), n);
        RecordingListener fast7 =
                run(new SimulatedRig(settings(77, Pace.FAST, SimTask.GRASP_AND_PEEL), SessionClock.startNow(), 7), n);
        RecordingListener jumpy =
                run(new SimulatedRig(settings(77, Pace.REALTIME, SimTask.GRASP_AND_PEEL), jumpyClock()), n);

        assertThat(fast7.blocks(ChannelNames.TIP_X).getFirst().size()).isEqualTo(7);
        assertThat(jumpy.blocks(ChannelNames.TIP_X).stream()
                        .mapToInt(SampleBlock::size)
                        .distinct()
                        .count())
                .isGreaterThan(3);
        for (String channel : SURGICAL) {
            double[] reference = fast10.values(channel, n);
            assertThat(fast7.values(channel, n)).as(channel).containsExactly(reference);
            assertThat(jumpy.values(channel, n)).as(channel).containsExactly(reference);
        }
        // Same beats at the same offsets from each run's start.
        long startFast = fast10.blocks(ChannelNames.TIP_X).getFirst().firstNanos();
        long startJumpy = jumpy.blocks(ChannelNames.TIP_X).getFirst().firstNanos();
        List<TimedEvent> beatsFast = fast10.timedEventsUpTo(startFast + 4_000_000_000L).stream()
                .map(e -> e.shiftedBy(-startFast))
                .toList();
        List<TimedEvent> beatsJumpy = jumpy.timedEventsUpTo(startJumpy + 4_000_000_000L).stream()
                .map(e -> e.shiftedBy(-startJumpy))
                .toList();
        assertThat(beatsFast).hasSizeGreaterThan(3).isEqualTo(beatsJumpy);
    }

    @Test
    void differentSeedsGiveDifferentSamples() throws InterruptedException {
        SessionClock clock = SessionClock.startNow();
        RecordingListener a = run(new SimulatedRig(settings(1, Pace.FAST, SimTask.HOLD_STILL), clock), 1000);
        RecordingListener b = run(new SimulatedRig(settings(2, Pace.FAST, SimTask.HOLD_STILL), clock), 1000);
        double[] x1 = a.values(ChannelNames.TIP_X, 1000);
        double[] x2 = b.values(ChannelNames.TIP_X, 1000);
        int equal = 0;
        for (int i = 0; i < x1.length; i++) {
            equal += x1[i] == x2[i] ? 1 : 0;
        }
        assertThat(equal).isZero();
    }

    @Test
    void announcesItsChannelsBeforeAnyData() throws InterruptedException {
        SimulatedRig rig = new SimulatedRig(settings(5, Pace.FAST, SimTask.AIR_RIFLE), SessionClock.startNow());
        RecordingListener listener = run(rig, 100);
        SourceEvent first = listener.events().getFirst();
        assertThat(first).isInstanceOf(SourceEvent.Attached.class);
        SourceEvent.Attached attached = (SourceEvent.Attached) first;
        assertThat(attached.source()).isEqualTo("sim:5?skill=novice&pace=fast");
        assertThat(attached.channels())
                .extracting(c -> c.name() + " " + c.unit().symbol() + " " + c.nominalRateHz())
                .containsExactly("aim_x mm 1000.0", "aim_y mm 1000.0", "tilt deg 1000.0");
        assertThat(listener.events().stream().filter(e -> e instanceof SourceEvent.Attached))
                .hasSize(1);
    }

    @Test
    void realtimeSamplesAreOneMillisecondApartWithoutGapsAndNeverAheadOfTheClock() throws InterruptedException {
        SessionClock clock = SessionClock.startNow();
        SimulatedRig rig = new SimulatedRig(settings(8, Pace.REALTIME, SimTask.CIRCLE_TRACE), clock);
        RecordingListener listener = new RecordingListener(1000, clock);
        long before = clock.nowNanos();
        rig.start(listener);
        long after = clock.nowNanos();
        try {
            assertThat(listener.awaitEnough()).isTrue();
        } finally {
            rig.stop();
        }
        int afterStop = listener.eventCount();
        Thread producer = listener.deliveringThread();

        assertThat(listener.blocksAheadOfClock())
                .as("blocks stamped later than the clock when delivered")
                .isZero();
        for (String channel : SURGICAL) {
            List<SampleBlock> blocks = listener.blocks(channel);
            assertThat(blocks.getFirst().firstNanos()).isBetween(before, after);
            long expected = blocks.getFirst().firstNanos();
            for (SampleBlock block : blocks) {
                assertThat(block.size()).isBetween(1, SimulatedRig.MAX_BLOCK_SAMPLES);
                for (long t : block.timesNanos()) {
                    assertThat(t).as(channel).isEqualTo(expected);
                    expected += 1_000_000;
                }
            }
        }
        // About 10 samples per wake: far more than one block for a second of data.
        assertThat(listener.blocks(ChannelNames.TIP_X)).hasSizeGreaterThan(10);
        // The only thread that delivers has ended, and nothing came after stop returned.
        assertThat(producer.isAlive()).isFalse();
        assertThat(producer.isDaemon()).isTrue();
        assertThat(listener.eventCount()).isEqualTo(afterStop);
    }

    @Test
    void stopIsIdempotentAndHarmlessBeforeStart() throws InterruptedException {
        SimulatedRig neverStarted =
                new SimulatedRig(settings(3, Pace.FAST, SimTask.HOLD_STILL), SessionClock.startNow());
        neverStarted.stop();
        neverStarted.stop();
        assertThatIllegalStateException().isThrownBy(() -> neverStarted.start(event -> {}));

        SimulatedRig rig = new SimulatedRig(settings(3, Pace.FAST, SimTask.HOLD_STILL), SessionClock.startNow());
        RecordingListener listener = run(rig, 500);
        int count = listener.eventCount();
        rig.stop();
        rig.close();
        assertThat(listener.eventCount()).isEqualTo(count);
        assertThatIllegalStateException()
                .isThrownBy(() -> rig.start(event -> {}))
                .withMessageContaining("once");
    }

    @Test
    void listenerMayStopTheRigFromItsOwnCallback() throws InterruptedException {
        SimulatedRig rig = new SimulatedRig(settings(4, Pace.FAST, SimTask.HOLD_STILL), SessionClock.startNow());
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicLong blocksAfterStop = new AtomicLong();
        rig.start(event -> {
            if (stopped.getCount() == 0) {
                blocksAfterStop.incrementAndGet();
            } else if (event instanceof SourceEvent.BlockReceived) {
                rig.stop();
                stopped.countDown();
            }
        });
        assertThat(stopped.await(30, TimeUnit.SECONDS)).isTrue();
        rig.stop();
        assertThat(blocksAfterStop.get()).isZero();
    }

    @Test
    void reportsFailureWhenItsListenerThrows() throws InterruptedException {
        SimulatedRig rig = new SimulatedRig(settings(4, Pace.FAST, SimTask.HOLD_STILL), SessionClock.startNow());
        CountDownLatch failed = new CountDownLatch(1);
        StringBuilder message = new StringBuilder();
        rig.start(event -> {
            switch (event) {
                case SourceEvent.BlockReceived b -> throw new IllegalStateException("display full");
                case SourceEvent.Failed f -> {
                    message.append(f.message());
                    failed.countDown();
                }
                default -> {}
            }
        });
        assertThat(failed.await(30, TimeUnit.SECONDS)).isTrue();
        rig.stop();
        assertThat(message.toString()).contains("simulated rig stopped");
    }
}

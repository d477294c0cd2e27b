package org.steadyhand.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steadyhand.core.Alert;
import org.steadyhand.core.Channel;
import org.steadyhand.core.RrInterval;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.SessionClock;
import org.steadyhand.core.TimedEvent;
import org.steadyhand.core.Unit;
import org.steadyhand.device.SourceEvent;

class SessionTimeShiftTest {
    private static final Channel X = new Channel("tip_x", Unit.MILLIMETRE, 1000);
    private static final long OFFSET = 5_000_000L; // the session starts 5 ms into the rig's clock

    /** Collects what the recorder would hand to the store. */
    private static final class CollectingSink implements SessionSink {
        final List<SampleBlock> blocks = new ArrayList<>();
        final List<TimedEvent> events = new ArrayList<>();

        @Override
        public void blockReceived(SampleBlock block) {
            blocks.add(block);
        }

        @Override
        public void eventReceived(TimedEvent event) {
            events.add(event);
        }

        @Override
        public void flush() {}

        @Override
        public void finish(SessionStatus status, Instant endedAt, String message) {}
    }

    private final CollectingSink sink = new CollectingSink();
    private final SessionClock sessionClock = new SessionClock(Instant.EPOCH, OFFSET, () -> OFFSET + 7_000_000L);
    private final Recording.SessionTimeShift shift =
            new Recording.SessionTimeShift(OFFSET, Long.MAX_VALUE, sessionClock, sink);

    @Test
    void aStressRiseInTheHeartBeatsIsStoredAsAnAlertAfterTheBeat() {
        java.util.Random random = new java.util.Random(3);
        long t = OFFSET;
        for (int i = 0; i < 330; i++) {
            // Four minutes at rest (1000 ± 60 ms), then faster and far less variable beats.
            double rr = i < 240 ? 1000 + 60 * random.nextGaussian() : 700 + 8 * random.nextGaussian();
            t += Math.round(rr * 1e6);
            shift.accept(new SourceEvent.EventReceived("hrm", new org.steadyhand.core.RrInterval(t, rr)));
        }

        List<org.steadyhand.core.Alert> alerts = sink.events.stream()
                .filter(org.steadyhand.core.Alert.class::isInstance)
                .map(org.steadyhand.core.Alert.class::cast)
                .toList();
        assertThat(alerts).hasSize(1);
        assertThat(alerts.getFirst().code()).isEqualTo("STRESS_RISING");
        assertThat(alerts.getFirst().message()).startsWith("Stress is rising");
        int at = sink.events.indexOf(alerts.getFirst());
        assertThat(sink.events.get(at - 1).atNanos())
                .isEqualTo(alerts.getFirst().atNanos());
        assertThat(alerts.getFirst().atNanos()).isGreaterThan(240_000_000_000L);
        assertThat(sink.events).hasSize(331);
    }

    @Test
    void samplesBeforeTheSessionStartAreLeftOutAndTheRestShifted() {
        shift.accept(new SourceEvent.BlockReceived(
                "sim", SampleBlock.regular(X, 0, 1_000_000, new double[] {0, 1, 2, 3, 4, 5, 6, 7})));

        assertThat(sink.blocks).hasSize(1);
        assertThat(sink.blocks.get(0).timesNanos()).containsExactly(0, 1_000_000, 2_000_000);
        assertThat(sink.blocks.get(0).values()).containsExactly(5, 6, 7);
    }

    @Test
    void blocksEntirelyBeforeTheStartAreDropped() {
        shift.accept(new SourceEvent.BlockReceived("sim", SampleBlock.regular(X, 0, 1_000_000, new double[] {0, 1})));

        assertThat(sink.blocks).isEmpty();
    }

    @Test
    void eventsAreShiftedAndEarlierOnesDropped() {
        shift.accept(new SourceEvent.EventReceived("sim", new RrInterval(4_000_000, 800)));
        shift.accept(new SourceEvent.EventReceived("sim", new RrInterval(805_000_000, 801)));

        assertThat(sink.events).containsExactly(new RrInterval(800_000_000, 801));
    }

    @Test
    void samplesAndEventsFromTheEndOfASessionOfFixedLengthOnAreLeftOut() {
        Recording.SessionTimeShift shift = new Recording.SessionTimeShift(OFFSET, 2_000_000, sessionClock, sink);

        shift.accept(new SourceEvent.BlockReceived(
                "sim", SampleBlock.regular(X, 4_000_000, 1_000_000, new double[] {4, 5, 6, 7, 8, 9})));
        shift.accept(
                new SourceEvent.BlockReceived("sim", SampleBlock.regular(X, 7_000_000, 1_000_000, new double[] {7})));
        shift.accept(new SourceEvent.EventReceived("sim", new RrInterval(6_000_000, 800)));
        shift.accept(new SourceEvent.EventReceived("sim", new RrInterval(7_000_000, 801)));

        assertThat(sink.blocks).singleElement().satisfies(block -> {
            assertThat(block.timesNanos()).containsExactly(0, 1_000_000);
            assertThat(block.values()).containsExactly(5, 6);
        });
        assertThat(sink.events).containsExactly(new RrInterval(1_000_000, 800));
    }

    @Test
    void aDetachedSourceBecomesAnAlertAtSessionTimeNow() {
        shift.accept(new SourceEvent.Detached("serial:mark10:/dev/ttyUSB0", "unplugged"));

        assertThat(sink.events).singleElement().isInstanceOfSatisfying(Alert.class, alert -> {
            assertThat(alert.code()).isEqualTo("SOURCE_DETACHED");
            assertThat(alert.atNanos()).isEqualTo(7_000_000L);
            assertThat(alert.message()).contains("serial:mark10:/dev/ttyUSB0", "unplugged");
        });
    }

    @Test
    void samplesAndEventsMeasuredDuringAPauseAreLeftOutEvenWhenDeliveredAfterIt() {
        PauseSpans pauses = new PauseSpans();
        Recording.SessionTimeShift shift =
                new Recording.SessionTimeShift(OFFSET, Long.MAX_VALUE, sessionClock, sink, pauses);
        pauses.begin(2_000_000);
        java.util.Optional<org.steadyhand.core.Pause> pause = pauses.end(5_000_000);

        // Session times 0..7 ms; 2, 3 and 4 ms fall in the pause.
        shift.accept(new SourceEvent.BlockReceived(
                "sim", SampleBlock.regular(X, OFFSET, 1_000_000, new double[] {0, 1, 2, 3, 4, 5, 6, 7})));
        shift.accept(new SourceEvent.EventReceived("sim", new RrInterval(OFFSET + 3_000_000, 800)));
        shift.accept(new SourceEvent.EventReceived("sim", new RrInterval(OFFSET + 5_000_000, 801)));

        assertThat(pause).contains(new org.steadyhand.core.Pause(2_000_000, 5_000_000));
        assertThat(sink.blocks).singleElement().satisfies(block -> {
            assertThat(block.timesNanos()).containsExactly(0, 1_000_000, 5_000_000, 6_000_000, 7_000_000);
            assertThat(block.values()).containsExactly(0, 1, 5, 6, 7);
        });
        assertThat(sink.events).containsExactly(new RrInterval(5_000_000, 801));
        assertThat(pauses.pausedNanosUntil(4_000_000)).isEqualTo(2_000_000);
        assertThat(pauses.pausedNanosUntil(9_000_000)).isEqualTo(3_000_000);
    }

    @Test
    void anOpenPauseLeavesOutEverythingFromItsStartAndCountsUpToNow() {
        PauseSpans pauses = new PauseSpans();
        Recording.SessionTimeShift shift =
                new Recording.SessionTimeShift(OFFSET, Long.MAX_VALUE, sessionClock, sink, pauses);

        boolean first = pauses.begin(1_000_000);
        boolean again = pauses.begin(2_000_000);
        shift.accept(new SourceEvent.BlockReceived(
                "sim", SampleBlock.regular(X, OFFSET, 1_000_000, new double[] {0, 1, 2, 3})));

        assertThat(first).isTrue();
        assertThat(again).as("already paused").isFalse();
        assertThat(sink.blocks)
                .singleElement()
                .satisfies(block -> assertThat(block.values()).containsExactly(0));
        assertThat(pauses.pausedNanosUntil(6_000_000)).isEqualTo(5_000_000);
        assertThat(pauses.closed()).isEmpty();
    }
}

package org.steadyhand.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.steadyhand.core.Channel;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.Unit;
import org.steadyhand.device.SourceEvent;

class PipelineTest {
    private static final Channel X = new Channel("tip_x", Unit.MILLIMETRE, 1000);

    private static SourceEvent block(int index) {
        return new SourceEvent.BlockReceived(
                "test", SampleBlock.regular(X, index * 10_000_000L, 1_000_000, new double[] {index}));
    }

    private static int indexOf(SourceEvent event) {
        return (int) ((SourceEvent.BlockReceived) event).block().latestValue();
    }

    @Test
    void slowDisplayDropsWithACounterWhileTheRecorderGetsEverything() throws Exception {
        Pipeline pipeline = new Pipeline();
        CountDownLatch displayGate = new CountDownLatch(1);
        List<Integer> shown = new CopyOnWriteArrayList<>();
        List<Integer> recorded = new CopyOnWriteArrayList<>();
        Subscription display = pipeline.subscribe("display", DeliveryPolicy.DROP_NEWEST, 4, event -> {
            awaitQuietly(displayGate);
            shown.add(indexOf(event));
        });
        Subscription recorder =
                pipeline.subscribe("recorder", DeliveryPolicy.LOSSLESS, 1000, event -> recorded.add(indexOf(event)));

        for (int i = 0; i < 100; i++) {
            pipeline.publish(block(i));
        }
        displayGate.countDown();
        recorder.drainAndClose(5_000);
        display.drainAndClose(5_000);

        assertThat(recorded).hasSize(100).isSorted();
        assertThat(display.droppedCount()).isBetween(95L, 96L);
        assertThat(shown.size() + display.droppedCount()).isEqualTo(100);
        assertThat(recorder.droppedCount()).isZero();
    }

    @Test
    void slowRecorderMakesThePublisherWaitButLosesNothing() throws Exception {
        Pipeline pipeline = new Pipeline();
        CountDownLatch recorderGate = new CountDownLatch(1);
        List<Integer> recorded = new CopyOnWriteArrayList<>();
        Subscription recorder = pipeline.subscribe("recorder", DeliveryPolicy.LOSSLESS, 2, event -> {
            awaitQuietly(recorderGate);
            recorded.add(indexOf(event));
        });
        Thread publisher = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < 10; i++) {
                pipeline.publish(block(i));
            }
        });

        waitUntil(() -> recorder.publisherWaitCount() > 0);
        assertThat(publisher.isAlive()).isTrue();
        recorderGate.countDown();
        publisher.join(5_000);
        recorder.drainAndClose(5_000);

        assertThat(recorded).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(recorder.publisherWaitCount()).isPositive();
    }

    @Test
    void aFailingConsumerIsCountedAndKeepsReceiving() {
        Pipeline pipeline = new Pipeline();
        List<Integer> received = new CopyOnWriteArrayList<>();
        Subscription flaky = pipeline.subscribe("flaky", DeliveryPolicy.LOSSLESS, 100, event -> {
            int index = indexOf(event);
            if (index % 2 == 0) {
                throw new IllegalStateException("consumer bug on " + index);
            }
            received.add(index);
        });

        for (int i = 0; i < 10; i++) {
            pipeline.publish(block(i));
        }
        flaky.drainAndClose(5_000);

        assertThat(received).containsExactly(1, 3, 5, 7, 9);
        assertThat(flaky.consumerFailureCount()).isEqualTo(5);
        assertThat(flaky.deliveredCount()).isEqualTo(5);
    }

    @Test
    void closedSubscriptionReceivesNoMore() {
        Pipeline pipeline = new Pipeline();
        List<Integer> received = new CopyOnWriteArrayList<>();
        Subscription subscription =
                pipeline.subscribe("late", DeliveryPolicy.LOSSLESS, 10, event -> received.add(indexOf(event)));
        pipeline.publish(block(1));
        subscription.drainAndClose(5_000);

        pipeline.publish(block(2));

        assertThat(received).containsExactly(1);
        assertThat(pipeline.subscriptions()).isEmpty();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    @Test
    void lateSubscriberLearnsEachSourcesLatestStatusFirst() {
        Pipeline pipeline = new Pipeline();
        pipeline.publish(new SourceEvent.Attached("sim:1", "simulated rig", List.of(X)));
        pipeline.publish(new SourceEvent.Attached("serial:mark10:/dev/pts/3", "force gauge", List.of(X)));
        pipeline.publish(new SourceEvent.Detached("serial:mark10:/dev/pts/3", "unplugged"));
        pipeline.publish(block(1));
        List<SourceEvent> received = new CopyOnWriteArrayList<>();

        Subscription late = pipeline.subscribe("late", DeliveryPolicy.LOSSLESS, 10, received::add);
        pipeline.publish(block(2));
        late.drainAndClose(5_000);

        assertThat(received).hasSize(3);
        assertThat(received.get(0))
                .isInstanceOf(SourceEvent.Attached.class)
                .extracting(SourceEvent::source)
                .isEqualTo("sim:1");
        assertThat(received.get(1)).isEqualTo(new SourceEvent.Detached("serial:mark10:/dev/pts/3", "unplugged"));
        assertThat(indexOf(received.get(2))).isEqualTo(2);
    }
}

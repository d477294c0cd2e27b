package org.steadyhand.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.steadyhand.core.Channel;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.SessionClock;
import org.steadyhand.core.TimedEvent;
import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceRegistry;
import org.steadyhand.device.sim.SimulatedRigFactory;

/**
 * Runs the simulated rig as fast as it goes for a given length of session time and keeps
 * everything it produced, as a session's telemetry.
 */
final class SimulatedSession {
    private SimulatedSession() {}

    static SessionTelemetry run(String moduleId, String spec, double seconds) throws Exception {
        long endNanos = Math.round(seconds * 1e9);
        Map<Channel, Growing> channels = new LinkedHashMap<>();
        List<TimedEvent> events = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        SourceRegistry registry = new SourceRegistry(List.of(new SimulatedRigFactory()));
        try (SampleSource source = registry.open(spec, new SourceContext(SessionClock.startNow(), moduleId))) {
            source.start(event -> {
                synchronized (channels) {
                    switch (event) {
                        case SourceEvent.BlockReceived received -> {
                            SampleBlock block = received.block();
                            channels.computeIfAbsent(block.channel(), c -> new Growing())
                                    .add(block, endNanos);
                            if (block.timesNanos()[block.size() - 1] >= endNanos) {
                                done.countDown();
                            }
                        }
                        case SourceEvent.EventReceived received -> {
                            if (received.event().atNanos() < endNanos) {
                                events.add(received.event());
                            }
                        }
                        default -> {}
                    }
                }
            });
            if (!done.await(120, TimeUnit.SECONDS)) {
                throw new AssertionError("the simulated rig did not produce " + seconds + " s of data in 2 minutes");
            }
        }
        synchronized (channels) {
            Map<String, SampleBlock> blocks = new LinkedHashMap<>();
            channels.forEach((channel, data) -> blocks.put(channel.name(), data.toBlock(channel)));
            return new SessionTelemetry(blocks, events);
        }
    }

    private static final class Growing {
        private long[] times = new long[1 << 16];
        private double[] values = new double[1 << 16];
        private int size;

        void add(SampleBlock block, long endNanos) {
            for (int i = 0; i < block.size(); i++) {
                if (block.timesNanos()[i] >= endNanos) {
                    return;
                }
                if (size == times.length) {
                    times = Arrays.copyOf(times, size * 2);
                    values = Arrays.copyOf(values, size * 2);
                }
                times[size] = block.timesNanos()[i];
                values[size] = block.values()[i];
                size++;
            }
        }

        SampleBlock toBlock(Channel channel) {
            return new SampleBlock(channel, Arrays.copyOf(times, size), Arrays.copyOf(values, size));
        }
    }
}

package org.steadyhand.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.steadyhand.core.Channel;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.SessionClock;
import org.steadyhand.core.Unit;
import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceFactory;
import org.steadyhand.device.SourceListener;
import org.steadyhand.device.SourceSpec;

/**
 * A wrist accelerometer for the UI benchmark: {@code accel_x/y/z} at 1 kHz in real time, in 10 ms
 * blocks, as the Steadyhand DIY sensor sends them. With the simulated rig's five surgical channels
 * it makes the eight 1 kHz channels issue 8 asks the live display to keep up with. Values are a
 * 10 Hz tremor-like sinusoid; only the load matters here.
 */
final class PacedImuSource implements SampleSource {
    /**
     * Source specs are a closed syntax, so the benchmark opens its accelerometer under the {@code
     * replay} scheme, which this build parses but does not otherwise open.
     */
    static final String SCHEME = "replay";

    static final String SPEC = "replay:bench-accelerometer";
    private static final double RATE_HZ = 1000;
    private static final int BLOCK = 10;
    private static final long PERIOD_NANOS = 1_000_000;
    private static final List<Channel> CHANNELS = List.of(
            new Channel("accel_x", Unit.METRE_PER_SECOND_SQUARED, RATE_HZ),
            new Channel("accel_y", Unit.METRE_PER_SECOND_SQUARED, RATE_HZ),
            new Channel("accel_z", Unit.METRE_PER_SECOND_SQUARED, RATE_HZ));

    private final SessionClock clock;
    private volatile boolean running;
    private Thread thread;

    private PacedImuSource(SessionClock clock) {
        this.clock = clock;
    }

    /** Opens {@code imu} specs. */
    static SourceFactory factory() {
        return new SourceFactory() {
            @Override
            public String scheme() {
                return SCHEME;
            }

            @Override
            public SampleSource create(SourceSpec spec, SourceContext context) {
                return new PacedImuSource(context.clock());
            }
        };
    }

    @Override
    public String spec() {
        return SPEC;
    }

    @Override
    public void start(SourceListener listener) {
        listener.sourceEventReceived(new SourceEvent.Attached(spec(), "benchmark accelerometer, 3 × 1 kHz", CHANNELS));
        running = true;
        thread = Thread.ofPlatform().name("imu-source").daemon().start(() -> {
            long next = clock.nowNanos();
            while (running) {
                for (int c = 0; c < CHANNELS.size(); c++) {
                    double[] values = new double[BLOCK];
                    for (int i = 0; i < BLOCK; i++) {
                        double t = (next + i * PERIOD_NANOS) / 1e9;
                        values[i] = (c == 2 ? 9.81 : 0) + 0.2 * Math.sin(2 * Math.PI * 10 * t + c);
                    }
                    listener.sourceEventReceived(new SourceEvent.BlockReceived(
                            spec(), SampleBlock.regular(CHANNELS.get(c), next, PERIOD_NANOS, values)));
                }
                next += BLOCK * PERIOD_NANOS;
                long wait = next - clock.nowNanos();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
        });
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

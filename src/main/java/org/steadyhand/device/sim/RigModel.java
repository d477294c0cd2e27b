package org.steadyhand.device.sim;

import java.util.List;
import java.util.function.Consumer;
import org.steadyhand.core.Channel;
import org.steadyhand.core.TimedEvent;

/**
 * The simulated trainee and instruments, one sample at a time: every channel of the rig at
 * {@value #SAMPLE_RATE_HZ} Hz, plus the discrete events (RR intervals, shots) that happen between
 * samples.
 *
 * <p>A model is a pure function of seed, skill, task and sample index: it keeps no clock and
 * knows nothing of how samples are grouped into blocks, so the same seed gives the same values
 * whatever the pacing. Not thread-safe; the rig's thread owns it.
 */
interface RigModel {
    double SAMPLE_RATE_HZ = 1000.0;
    long SAMPLE_PERIOD_NANOS = 1_000_000L;

    /** The channels, in the order {@link #step} fills them. */
    List<Channel> channels();

    /**
     * Computes the next sample of every channel.
     *
     * @param values receives one value per channel, in {@link #channels()} order
     * @param events receives the events that happen after the previous sample and at or before this
     *     one, stamped in nanoseconds relative to the first sample (sample k is at {@code k *
     *     SAMPLE_PERIOD_NANOS})
     */
    void step(double[] values, Consumer<TimedEvent> events);

    static RigModel create(long seed, Skill skill, SimTask task) {
        return task.aims() ? new AimModel(seed, skill, task) : new SurgicalModel(seed, skill, task);
    }

    static List<Channel> channelsFor(SimTask task) {
        return task.aims() ? AimModel.CHANNELS : SurgicalModel.CHANNELS;
    }
}

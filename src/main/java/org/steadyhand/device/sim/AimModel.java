package org.steadyhand.device.sim;

import java.util.List;
import java.util.function.Consumer;
import org.steadyhand.core.Channel;
import org.steadyhand.core.ChannelNames;
import org.steadyhand.core.TimedEvent;
import org.steadyhand.core.Unit;

/**
 * A marksmanship task on the simulated rig: the aim point on the target, the gun's cant, shots and
 * heart beats.
 */
final class AimModel implements RigModel {
    static final List<Channel> CHANNELS = List.of(
            new Channel(ChannelNames.AIM_X, Unit.MILLIMETRE, SAMPLE_RATE_HZ),
            new Channel(ChannelNames.AIM_Y, Unit.MILLIMETRE, SAMPLE_RATE_HZ),
            new Channel(ChannelNames.TILT, Unit.DEGREE, SAMPLE_RATE_HZ));

    private final Marksman marksman;
    private final Tilt cant;
    private final Heart heart;
    private long n;

    AimModel(long seed, Skill skill, SimTask weapon) {
        TremorProfile tremor = TremorProfile.of(skill, seed);
        this.marksman = new Marksman(skill, weapon, tremor, SAMPLE_RATE_HZ, seed);
        this.cant = Tilt.cant(skill, tremor, SAMPLE_RATE_HZ, seed);
        this.heart = new Heart(skill, seed);
    }

    @Override
    public List<Channel> channels() {
        return CHANNELS;
    }

    @Override
    public void step(double[] values, Consumer<TimedEvent> events) {
        // Beats first: they are at or before this sample, a shot is exactly at it.
        heart.beatsUpTo(n * SAMPLE_PERIOD_NANOS, events::accept);
        marksman.advance(events::accept);
        values[0] = marksman.aimX();
        values[1] = marksman.aimY();
        values[2] = cant.next();
        n++;
    }
}

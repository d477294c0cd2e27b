package org.steadyhand.device.sim;

import java.util.List;
import java.util.function.Consumer;
import org.steadyhand.core.Channel;
import org.steadyhand.core.ChannelNames;
import org.steadyhand.core.TimedEvent;
import org.steadyhand.core.Unit;

/**
 * A surgical task on the simulated rig: instrument tip position (task path + drift + tremor), tip
 * force (task force seen through the sensor), instrument tilt, and heart beats.
 */
final class SurgicalModel implements RigModel {
    static final List<Channel> CHANNELS = List.of(
            new Channel(ChannelNames.TIP_X, Unit.MILLIMETRE, SAMPLE_RATE_HZ),
            new Channel(ChannelNames.TIP_Y, Unit.MILLIMETRE, SAMPLE_RATE_HZ),
            new Channel(ChannelNames.TIP_Z, Unit.MILLIMETRE, SAMPLE_RATE_HZ),
            new Channel(ChannelNames.TIP_FORCE, Unit.MILLINEWTON, SAMPLE_RATE_HZ),
            new Channel(ChannelNames.TILT, Unit.DEGREE, SAMPLE_RATE_HZ));

    private final HandMotion hand;
    private final SurgicalScript script;
    private final ForceSensor forceSensor;
    private final Tilt tilt;
    private final Heart heart;
    private long n;

    SurgicalModel(long seed, Skill skill, SimTask task) {
        TremorProfile tremor = TremorProfile.of(skill, seed);
        this.hand = new HandMotion(skill, tremor, SAMPLE_RATE_HZ, seed);
        this.script = SurgicalScript.forTask(task, skill, SAMPLE_RATE_HZ, seed);
        this.forceSensor = new ForceSensor(seed);
        this.tilt = Tilt.instrument(skill, tremor, SAMPLE_RATE_HZ, seed);
        this.heart = new Heart(skill, seed);
    }

    @Override
    public List<Channel> channels() {
        return CHANNELS;
    }

    @Override
    public void step(double[] values, Consumer<TimedEvent> events) {
        hand.advance();
        script.advance();
        values[0] = script.x() + hand.x();
        values[1] = script.y() + hand.y();
        values[2] = script.z() + hand.z();
        values[3] = forceSensor.read(script.forceMn(), hand.tremorZ());
        values[4] = tilt.next();
        heart.beatsUpTo(n * SAMPLE_PERIOD_NANOS, events::accept);
        n++;
    }
}

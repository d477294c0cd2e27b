package org.steadyhand.device.sim;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.steadyhand.core.BadInputException;
import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceFactory;
import org.steadyhand.device.SourceSpec;

/**
 * Opens {@code sim[:SEED][?skill=novice|intermediate|expert&pace=realtime|fast]} sources: the
 * simulated rig, acting out the training module named in the {@link SourceContext}. Skill defaults
 * to intermediate and pace to realtime. Without a seed one is picked, and the source's
 * {@link SampleSource#spec()} names it, so a stored session can be reproduced.
 */
public final class SimulatedRigFactory implements SourceFactory {
    /** Seeds picked for the user stay below this, short enough to read out and type. */
    private static final long PICKED_SEED_BOUND = 1_000_000_000L;

    private final LongSupplier entropy;

    /** A factory that picks missing seeds from {@link System#nanoTime()}. */
    public SimulatedRigFactory() {
        this(System::nanoTime);
    }

    /** @param entropy source of the number a missing seed is derived from */
    public SimulatedRigFactory(LongSupplier entropy) {
        this.entropy = entropy;
    }

    @Override
    public String scheme() {
        return "sim";
    }

    /**
     * @throws BadInputException if the spec has an option the simulated rig does not have, or a
     *     value it does not accept
     */
    @Override
    public SampleSource create(SourceSpec spec, SourceContext context) {
        if (!(spec instanceof SourceSpec.Sim sim)) {
            throw new IllegalArgumentException("the simulated rig factory was given a " + spec.scheme() + " spec");
        }
        Skill skill = Skill.INTERMEDIATE;
        Pace pace = Pace.REALTIME;
        // Sorted, so that a spec with several bad options always reports the same one.
        for (Map.Entry<String, String> option : new TreeMap<>(sim.options()).entrySet()) {
            switch (option.getKey()) {
                case "skill" -> skill = Skill.parse(sim.text(), option.getValue());
                case "pace" -> pace = Pace.parse(sim.text(), option.getValue());
                default ->
                    throw new BadInputException("source '" + sim.text() + "': unknown option '" + option.getKey()
                            + "'; the simulated rig takes skill and pace");
            }
        }
        long seed = sim.seed().orElseGet(this::pickSeed);
        SimSettings settings = new SimSettings(seed, skill, pace, SimTask.forModule(context.moduleId()));
        return new SimulatedRig(settings, context.clock());
    }

    private long pickSeed() {
        // nanoTime's low digits change fastest; mixing spreads them over every digit of the seed.
        return Math.floorMod(SimRandom.mix64(entropy.getAsLong()), PICKED_SEED_BOUND);
    }
}

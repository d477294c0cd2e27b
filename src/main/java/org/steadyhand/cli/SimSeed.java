package org.steadyhand.cli;

import java.util.ArrayList;
import java.util.List;
import org.steadyhand.core.BadInputException;
import org.steadyhand.device.SourceSpec;

/** Applies {@code --seed} to the simulated-rig sources of a command. */
final class SimSeed {
    private SimSeed() {}

    static List<String> apply(List<String> specs, Long seed) {
        if (seed == null) {
            return List.copyOf(specs);
        }
        List<String> result = new ArrayList<>();
        boolean applied = false;
        for (String text : specs) {
            if (SourceSpec.parse(text) instanceof SourceSpec.Sim sim) {
                if (sim.seed().isPresent() && sim.seed().getAsLong() != seed) {
                    throw new BadInputException("--seed " + seed + " contradicts the seed in source '" + text + "'");
                }
                int query = text.indexOf('?');
                result.add("sim:" + seed + (query < 0 ? "" : text.substring(query)));
                applied = true;
            } else {
                result.add(text);
            }
        }
        if (!applied) {
            throw new BadInputException("--seed only applies to the simulated rig, and no sim source is given");
        }
        return result;
    }
}

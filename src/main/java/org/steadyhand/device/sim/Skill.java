package org.steadyhand.device.sim;

import java.util.Locale;
import org.steadyhand.core.BadInputException;

/**
 * How practised the simulated trainee is; selects tremor, drift, force control, heart rate and
 * shot grouping. Each physics class keeps its own per-skill numbers next to their sources.
 */
public enum Skill {
    NOVICE,
    INTERMEDIATE,
    EXPERT;

    /** The name used in source specs, e.g. {@code novice}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads the {@code skill} option of a sim spec.
     *
     * @throws BadInputException naming the spec and the accepted values
     */
    static Skill parse(String specText, String value) {
        for (Skill skill : values()) {
            if (skill.id().equalsIgnoreCase(value)) {
                return skill;
            }
        }
        throw new BadInputException(
                "source '" + specText + "': skill must be novice, intermediate or expert, got '" + value + "'");
    }
}

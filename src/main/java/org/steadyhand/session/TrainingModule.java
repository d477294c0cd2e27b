package org.steadyhand.session;

import java.time.Duration;

/**
 * One exercise of the training matrix, defined as data in {@code modules.json}.
 *
 * @param id stable identifier used on the command line, in storage and by the league
 * @param duration how long the exercise runs when not stopped early
 */
public record TrainingModule(String id, String name, Family family, Duration duration, String description) {
    /** The two training families that share the engine. */
    public enum Family {
        SURGICAL,
        MARKSMANSHIP
    }

    public TrainingModule {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("module id must be lower case with dashes, got '" + id + "'");
        }
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("module " + id + " needs a positive duration");
        }
    }
}

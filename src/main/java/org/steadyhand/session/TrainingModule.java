package org.steadyhand.session;

import java.time.Duration;
import java.util.Optional;
import org.steadyhand.analysis.score.ScoringPlan;

/**
 * One exercise of the training matrix, defined as data in {@code modules.json}.
 *
 * @param id stable identifier used on the command line, in storage and by the league
 * @param duration how long the exercise runs when not stopped early
 * @param target where the task puts the instrument tip, for the path metrics
 * @param scoring how a session of this module is scored; empty for a module this version does not
 *     score yet
 */
public record TrainingModule(
        String id,
        String name,
        Family family,
        Duration duration,
        String description,
        TaskTarget target,
        Optional<ScoringPlan> scoring) {
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
        if (target == null || scoring == null) {
            throw new IllegalArgumentException("module " + id + " needs a target (or None) and a scoring (or empty)");
        }
    }

    /** A module without a geometric target that is not scored. */
    public TrainingModule(String id, String name, Family family, Duration duration, String description) {
        this(id, name, family, duration, description, new TaskTarget.None(), Optional.empty());
    }
}

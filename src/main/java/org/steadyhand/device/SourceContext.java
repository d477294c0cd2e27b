package org.steadyhand.device;

import org.steadyhand.core.SessionClock;

/**
 * What a source needs from the workstation when it is opened.
 *
 * @param clock the time base for sample times; sources stamp samples with {@code clock.nowNanos()}
 *     (or, for sources with their own precise timing, with times derived from it)
 * @param moduleId the training module about to run, so the simulated rig can act out its task;
 *     real devices ignore it
 */
public record SourceContext(SessionClock clock, String moduleId) {
    public SourceContext {
        if (clock == null) {
            throw new IllegalArgumentException("a source needs a clock");
        }
        moduleId = moduleId == null ? "" : moduleId;
    }
}

package org.steadyhand.analysis.shot;

import java.util.List;

/** What {@link ShotFrameAnalyzer} made of one frame. */
public sealed interface FrameOutcome {
    /** The first frame with a target in view; later frames are compared with it. */
    record Reference(TargetRegistration registration) implements FrameOutcome {}

    /**
     * The frame was compared with the last accepted one and is now the reference.
     *
     * @param holes the holes that are new in it, in no particular order (possibly none)
     */
    record Accepted(TargetRegistration registration, List<DetectedHole> holes) implements FrameOutcome {
        public Accepted {
            holes = List.copyOf(holes);
        }
    }

    /**
     * The frame was not used; the reference stays, so holes it showed are found in the next good frame.
     *
     * @param reason one plain sentence, e.g. "no target in view"
     */
    record Rejected(String reason) implements FrameOutcome {}
}

package org.steadyhand.core;

/**
 * Something that happened at one instant of a session, as opposed to a sampled channel: a heart
 * beat, a shot, an alert, an instructor's note, a gap in a device's data, a pause. Stored as event rows.
 */
public sealed interface TimedEvent permits RrInterval, Shot, Alert, Annotation, DataGap, Pause {
    /** When it happened, in session nanoseconds. */
    long atNanos();

    /** Stable lower-case name of the kind, used in storage and exports. */
    String kind();

    /** The same event moved in time, e.g. from a rig's clock to a session's. */
    TimedEvent shiftedBy(long deltaNanos);
}

package org.steadyhand.session;

/** Where a session's life ended up; stored as the lower-case name. */
public enum SessionStatus {
    /** Data is being recorded now (or the recording process died and nobody has looked yet). */
    RECORDING,
    /** Ran for the module's whole duration. */
    COMPLETED,
    /** Stopped by the user before the module's duration was up. */
    STOPPED,
    /** The recording process ended without closing the session (crash, power loss, SIGKILL). */
    INTERRUPTED,
    /** Ended because a source or the store failed; the message is kept with the session. */
    FAILED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static SessionStatus fromLabel(String label) {
        return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }
}

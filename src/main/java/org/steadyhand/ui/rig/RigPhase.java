package org.steadyhand.ui.rig;

/** Where the rig screen is in its cycle of preview, recording and saving. */
public enum RigPhase {
    /** The sources are being opened (at start-up, or after the module or skill changed). */
    CONNECTING("connecting"),
    /** Live preview: data is shown, nothing is stored; Start is possible. */
    LIVE("live"),
    /** A session is being created in the store. */
    STARTING("starting"),
    RECORDING("recording"),
    /** The recording is draining and committing its last data. */
    SAVING("saving"),
    /** The sources could not be opened; the message says why. */
    UNAVAILABLE("unavailable");

    private final String label;

    RigPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True while module, skill and trainee must stay as they are. */
    public boolean locksSettings() {
        return this == STARTING || this == RECORDING || this == SAVING;
    }
}

package org.steadyhand.ui.rig;

/** Where the rig screen is in its cycle of preview, recording and saving. */
public enum RigPhase {
    /** The sources are being opened (at start-up, or after the module or skill changed). */
    CONNECTING("connecting"),
    /** Live preview: data is shown, nothing is stored; Start is possible. */
    LIVE("live"),
    /** Start was pressed: 3, 2, 1 counts down before the recording starts; Esc cancels. */
    COUNTDOWN("get ready"),
    /** A session is being created in the store. */
    STARTING("starting"),
    RECORDING("recording"),
    /** The recording runs on but stores nothing and its clock stands still until resumed. */
    PAUSED("paused"),
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

    /** Whether a session is being recorded (running or paused) and can be stopped. */
    public boolean recording() {
        return this == RECORDING || this == PAUSED;
    }

    /** True while module, skill and trainee must stay as they are. */
    public boolean locksSettings() {
        return this == COUNTDOWN || this == STARTING || this == RECORDING || this == PAUSED || this == SAVING;
    }
}

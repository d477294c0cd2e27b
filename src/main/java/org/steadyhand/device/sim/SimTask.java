package org.steadyhand.device.sim;

/**
 * What the simulated trainee does, chosen from the training module's id (the ids of
 * {@code session/modules.json}). A module the rig does not know gets {@link #HOLD_STILL}: still
 * plausible surgical data rather than an error, so new modules can be tried on the simulator.
 */
enum SimTask {
    HOLD_STILL("holds the instrument still", false),
    GRASP_AND_PEEL("grasps and peels a membrane", false),
    CIRCLE_TRACE("traces a 2.5 mm circle", false),
    AIR_RIFLE("aims and shoots a 10 m air rifle", true),
    AIR_PISTOL("aims and shoots a 10 m air pistol", true);

    private final String activity;
    private final boolean aims;

    SimTask(String activity, boolean aims) {
        this.activity = activity;
        this.aims = aims;
    }

    static SimTask forModule(String moduleId) {
        return switch (moduleId) {
            case "anti-tremor" -> HOLD_STILL;
            case "forceps" -> GRASP_AND_PEEL;
            case "capsulorhexis" -> CIRCLE_TRACE;
            case "air-rifle-10m" -> AIR_RIFLE;
            case "air-pistol-10m" -> AIR_PISTOL;
            default -> HOLD_STILL;
        };
    }

    /** A phrase for status lines: "the trainee ...". */
    String activity() {
        return activity;
    }

    /** True for marksmanship tasks (aim channels and shots), false for surgical ones (tip channels). */
    boolean aims() {
        return aims;
    }
}

package org.steadyhand.device.sim;

/**
 * Everything that decides what one simulated rig produces and how fast; the seed, skill and task
 * alone decide the values.
 */
record SimSettings(long seed, Skill skill, Pace pace, SimTask task) {
    SimSettings {
        if (skill == null || pace == null || task == null) {
            throw new IllegalArgumentException("sim settings need a skill, a pace and a task");
        }
    }

    /**
     * The canonical spec, with the seed and skill always written out (e.g. {@code
     * sim:8412?skill=novice}), so that a stored session names exactly what reproduces it. The pace
     * is written only when it is not the default, since it does not change the data.
     */
    String spec() {
        return "sim:" + seed + "?skill=" + skill.id() + (pace == Pace.REALTIME ? "" : "&pace=" + pace.id());
    }

    /** One line for status displays. */
    String description() {
        String article = "aeiou".indexOf(skill.id().charAt(0)) >= 0 ? "an " : "a ";
        return "simulated rig: " + article + skill.id() + " trainee " + task.activity() + " (seed " + seed + ")";
    }
}

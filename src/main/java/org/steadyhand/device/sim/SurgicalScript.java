package org.steadyhand.device.sim;

/**
 * What the simulated trainee is trying to do with the instrument in a surgical task, one sample at
 * a time: the intended tip position (mm) and the tip force the task calls for (mN), before hand
 * drift, tremor and sensor noise are added. One implementation per task.
 *
 * <p>Call {@link #advance} once per sample, then read the values. Not thread-safe.
 */
interface SurgicalScript {
    void advance();

    double x();

    double y();

    double z();

    /** Intended force at the tip, mN, &gt;= 0. */
    double forceMn();

    static SurgicalScript forTask(SimTask task, Skill skill, double sampleRateHz, long seed) {
        return switch (task) {
            case GRASP_AND_PEEL -> new GraspAndPeel(skill, sampleRateHz, seed);
            case CIRCLE_TRACE -> new CircleTrace(skill, sampleRateHz, seed);
            case HOLD_STILL -> new HoldStill(skill, sampleRateHz, seed);
            case AIR_RIFLE, AIR_PISTOL -> throw new IllegalArgumentException(task + " is not a surgical task");
        };
    }

    /** A smooth step from 0 at {@code u <= 0} to 1 at {@code u >= 1} (raised cosine). */
    static double rise(double u) {
        if (u <= 0) {
            return 0;
        }
        if (u >= 1) {
            return 1;
        }
        return 0.5 * (1.0 - StrictMath.cos(Math.PI * u));
    }
}

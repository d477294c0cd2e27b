package org.steadyhand.analysis.force;

/**
 * How close an instrument-tip force is to hurting the retina, by the {@link ForceThresholds}. The
 * {@link #label()} is stable: it appears in JSON output and stored results.
 */
public enum RiskLevel {
    SAFE("safe"),
    CAUTION("caution"),
    DANGER("danger");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    /** Lower-case, stable name: {@code safe}, {@code caution}, {@code danger}. */
    public String label() {
        return label;
    }

    /**
     * The level of one force value: &ge; danger is danger, &ge; caution is caution, else safe.
     *
     * @throws IllegalArgumentException for NaN, which has no level (the analyses skip NaN samples)
     */
    public static RiskLevel of(double forceMilliNewtons, ForceThresholds thresholds) {
        if (Double.isNaN(forceMilliNewtons)) {
            throw new IllegalArgumentException("a NaN force has no risk level");
        }
        if (forceMilliNewtons >= thresholds.dangerMilliNewtons()) {
            return DANGER;
        }
        return forceMilliNewtons >= thresholds.cautionMilliNewtons() ? CAUTION : SAFE;
    }
}

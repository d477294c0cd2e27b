package org.steadyhand.analysis.score;

/**
 * Letter grade of an overall score. The boundaries follow the pass marks training programmes use
 * (DOMAIN.md): C from 70, the mark to advance a level; B from 80, the per-step mark of a five-step
 * cataract course; A from 90; D from 50; F below.
 */
public enum Grade {
    A(90),
    B(80),
    C(70),
    D(50),
    F(0);

    private final double lowerBound;

    Grade(double lowerBound) {
        this.lowerBound = lowerBound;
    }

    /** Lowest overall score with this grade. */
    public double lowerBound() {
        return lowerBound;
    }

    public static Grade of(double overallScore) {
        for (Grade grade : values()) {
            if (overallScore >= grade.lowerBound) {
                return grade;
            }
        }
        return F;
    }
}

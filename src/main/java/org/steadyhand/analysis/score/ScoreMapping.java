package org.steadyhand.analysis.score;

/**
 * Turns a measured value into a component score from 0 to 100. Mappings are data (a module's
 * {@code scoring} entries name one with its anchors), so an instructor can retune a module
 * without code. Every mapping is clamped: values beyond {@code best} score 100, beyond
 * {@code worst} score 0, and it works in either direction (lower-is-better or higher-is-better).
 */
public sealed interface ScoreMapping permits ScoreMapping.Linear, ScoreMapping.LogLinear {
    /** Score 0..100 for {@code value}; NaN when the value is NaN (not measured). */
    double score(double value);

    /** 100 at {@code best}, 0 at {@code worst}, a straight line between. */
    record Linear(double best, double worst) implements ScoreMapping {
        public Linear {
            requireAnchors(best, worst);
        }

        @Override
        public double score(double value) {
            if (Double.isNaN(value)) {
                return Double.NaN;
            }
            return clamp(100.0 * (worst - value) / (worst - best));
        }
    }

    /**
     * 100 at {@code best}, 0 at {@code worst}, linear in the logarithm of the value between: for
     * ratio-scale quantities such as tremor amplitude, where halving the value is the same step of
     * improvement wherever it happens. Both anchors must be positive; a value of zero or less
     * counts as better than any positive one.
     */
    record LogLinear(double best, double worst) implements ScoreMapping {
        public LogLinear {
            requireAnchors(best, worst);
            if (!(best > 0) || !(worst > 0)) {
                throw new IllegalArgumentException(
                        "log-linear anchors must be positive, got best " + best + " and worst " + worst);
            }
        }

        @Override
        public double score(double value) {
            if (Double.isNaN(value)) {
                return Double.NaN;
            }
            if (value <= 0) {
                return best < worst ? 100.0 : 0.0;
            }
            return clamp(100.0 * Math.log(worst / value) / Math.log(worst / best));
        }
    }

    private static void requireAnchors(double best, double worst) {
        if (!Double.isFinite(best) || !Double.isFinite(worst) || best == worst) {
            throw new IllegalArgumentException(
                    "a mapping needs two different finite anchors, got best " + best + " and worst " + worst);
        }
    }

    private static double clamp(double score) {
        return Math.max(0.0, Math.min(100.0, score));
    }
}

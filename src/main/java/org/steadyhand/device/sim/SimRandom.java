package org.steadyhand.device.sim;

/**
 * The simulated rig's randomness: SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom
 * number generators", OOPSLA 2014) with Box-Muller Gaussians.
 *
 * <p>Written out here instead of using {@code java.util.Random} or {@code RandomGenerator} so that
 * a seed gives the same numbers on every JDK version and platform: a stored session names its seed
 * ({@code sim:8412?skill=novice}) and must replay the same data. {@link StrictMath} for the same
 * reason, because {@code Math.log} and friends may differ in the last bit between the interpreter
 * and compiled code.
 *
 * <p>Each component of the rig draws from its own named {@link #stream}, so adding or changing one
 * component never shifts the numbers another one sees. Not thread-safe: one owner per instance.
 */
final class SimRandom {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;
    private double spareGaussian;
    private boolean hasSpareGaussian;

    SimRandom(long seed) {
        this.state = seed;
    }

    /** An independent stream for one named component of the rig, derived from the rig's seed. */
    static SimRandom stream(long seed, String component) {
        long h = mix64(seed + GOLDEN_GAMMA);
        for (int i = 0; i < component.length(); i++) {
            h = mix64(h + component.charAt(i));
        }
        return new SimRandom(h);
    }

    /** SplitMix64's output function (Stafford's "Mix13" variant of the MurmurHash3 finaliser). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix64(state);
    }

    /** Uniform in [0, 1), 53 random bits. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [low, high). */
    double uniform(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    /** Standard normal (mean 0, variance 1), by the Box-Muller transform; uses two uniforms per pair. */
    double nextGaussian() {
        if (hasSpareGaussian) {
            hasSpareGaussian = false;
            return spareGaussian;
        }
        double u1 = 1.0 - nextDouble(); // (0, 1]: log(u1) is finite
        double u2 = nextDouble();
        double radius = StrictMath.sqrt(-2.0 * StrictMath.log(u1));
        double angle = 2.0 * Math.PI * u2;
        spareGaussian = radius * StrictMath.sin(angle);
        hasSpareGaussian = true;
        return radius * StrictMath.cos(angle);
    }

    /** Normal with the given mean and standard deviation. */
    double gaussian(double mean, double sigma) {
        return mean + sigma * nextGaussian();
    }

    /** Exponentially distributed waiting time with the given mean (the gap of a Poisson process). */
    double exponential(double mean) {
        return -mean * StrictMath.log(1.0 - nextDouble());
    }
}

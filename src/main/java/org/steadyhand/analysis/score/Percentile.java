package org.steadyhand.analysis.score;

/**
 * Where a score stands among others, as a mid-rank percentile: the share of the others below it
 * plus half the share equal to it, times 100. Mid-rank keeps ties fair (a score equal to all the
 * others stands at 50, not 0 or 100) and is the convention of percentile-rank tables.
 */
public final class Percentile {
    private Percentile() {}

    /**
     * @param below how many of the others are lower
     * @param equal how many of the others are equal
     * @param total how many others there are, &gt; 0
     */
    public static double midRank(long below, long equal, long total) {
        if (total <= 0 || below < 0 || equal < 0 || below + equal > total) {
            throw new IllegalArgumentException(
                    "need 0 <= below + equal <= total and total > 0, got " + below + ", " + equal + ", " + total);
        }
        return 100.0 * (below + 0.5 * equal) / total;
    }
}

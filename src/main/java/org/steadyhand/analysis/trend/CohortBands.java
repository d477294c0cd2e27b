package org.steadyhand.analysis.trend;

import java.util.ArrayList;
import java.util.List;

/**
 * A cohort's score distribution per session number: for n = 1, 2, … the scores of every trainee's
 * n-th session, summarised as percentiles. Aligning by session number (not by calendar week)
 * compares trainees at the same stage of practice, whenever they started.
 *
 * <p>A session number with fewer than {@code minTrainees} scores gets no band: with one or two
 * trainees a 10–90 % band is just their scores, which reads as a spread that is not there.
 */
public final class CohortBands {
    private CohortBands() {}

    /**
     * @param curves each trainee's scores in session order (0–100)
     * @param minTrainees fewest scores at a session number for a band, at least 1
     * @return bands by increasing session number; numbers with too few scores are left out
     */
    public static List<CohortBand> bySessionNumber(List<double[]> curves, int minTrainees) {
        if (minTrainees < 1) {
            throw new IllegalArgumentException("minTrainees must be at least 1, was " + minTrainees);
        }
        int longest = curves.stream().mapToInt(curve -> curve.length).max().orElse(0);
        List<CohortBand> bands = new ArrayList<>();
        for (int n = 0; n < longest; n++) {
            final int index = n;
            double[] scores = curves.stream()
                    .filter(curve -> curve.length > index)
                    .mapToDouble(curve -> curve[index])
                    .toArray();
            if (scores.length >= minTrainees) {
                double[] p = Quantiles.percentiles(scores, 10, 25, 50, 75, 90);
                bands.add(new CohortBand(n + 1, scores.length, p[0], p[1], p[2], p[3], p[4]));
            }
        }
        return bands;
    }
}

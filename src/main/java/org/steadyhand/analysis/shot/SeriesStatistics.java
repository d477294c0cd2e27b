package org.steadyhand.analysis.shot;

import java.util.ArrayList;
import java.util.List;

/**
 * The statistics of a series of scored shots: totals, averages and the group metrics of DOMAIN.md
 * "Shooting targets and scores". Immutable.
 *
 * <p>Group metrics: the mean point of impact (MPI) is the centroid of the hole centres; its x is the
 * windage offset (+ right) and its y the elevation offset (+ up) from the target centre. The mean
 * radius is the mean distance of the holes from the MPI (a measure of group size that does not
 * mix in where the group sits), the extreme spread the largest centre-to-centre distance between
 * two holes (0 for one shot).
 *
 * @param shotCount number of shots (at least 1)
 * @param total sum of the integer scores
 * @param decimalTotal sum of the decimal scores, to one decimal
 * @param averageScore {@code total / shotCount}
 * @param averageDecimal {@code decimalTotal / shotCount}
 * @param innerTens number of inner tens
 * @param mpiXMm windage of the mean point of impact, mm right of centre
 * @param mpiYMm elevation of the mean point of impact, mm above centre
 * @param meanRadiusMm mean distance of the holes from the MPI, mm
 * @param extremeSpreadMm largest distance between two hole centres, mm
 * @param sdXMm standard deviation (n - 1) of the hole x, mm (0 for one shot)
 * @param sdYMm standard deviation (n - 1) of the hole y, mm (0 for one shot)
 * @param seriesTotals integer total of each consecutive series of {@code shotsPerSeries} shots (the
 *     last may be shorter)
 * @param shotsPerSeries shots per series, e.g. 10 (ISSF series of ten)
 */
public record SeriesStatistics(
        int shotCount,
        int total,
        double decimalTotal,
        double averageScore,
        double averageDecimal,
        int innerTens,
        double mpiXMm,
        double mpiYMm,
        double meanRadiusMm,
        double extremeSpreadMm,
        double sdXMm,
        double sdYMm,
        List<Integer> seriesTotals,
        int shotsPerSeries) {
    /** ISSF matches are shot and reported in series of ten. */
    public static final int ISSF_SERIES_SHOTS = 10;

    public SeriesStatistics {
        if (shotCount < 1) {
            throw new IllegalArgumentException("a series needs at least one shot");
        }
        seriesTotals = List.copyOf(seriesTotals);
    }

    /** Distance of the MPI from the target centre, mm. */
    public double mpiOffsetMm() {
        return Math.hypot(mpiXMm, mpiYMm);
    }

    /**
     * @param shots in the order fired
     * @param shotsPerSeries shots per series for {@link #seriesTotals()}, at least 1
     * @throws IllegalArgumentException when there are no shots
     */
    public static SeriesStatistics of(List<ScoredShot> shots, int shotsPerSeries) {
        if (shots.isEmpty()) {
            throw new IllegalArgumentException("no shots to summarise");
        }
        if (shotsPerSeries < 1) {
            throw new IllegalArgumentException("'shotsPerSeries' must be >= 1, got " + shotsPerSeries);
        }
        int n = shots.size();
        int total = 0;
        long decimalTenths = 0;
        int innerTens = 0;
        double sumX = 0;
        double sumY = 0;
        List<Integer> seriesTotals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ScoredShot shot = shots.get(i);
            total += shot.score();
            decimalTenths += Math.round(shot.decimal() * 10);
            innerTens += shot.innerTen() ? 1 : 0;
            sumX += shot.xMm();
            sumY += shot.yMm();
            if (i % shotsPerSeries == 0) {
                seriesTotals.add(0);
            }
            seriesTotals.set(seriesTotals.size() - 1, seriesTotals.getLast() + shot.score());
        }
        double mpiX = sumX / n;
        double mpiY = sumY / n;
        double radiusSum = 0;
        double squaresX = 0;
        double squaresY = 0;
        double spread = 0;
        for (int i = 0; i < n; i++) {
            ScoredShot a = shots.get(i);
            radiusSum += Math.hypot(a.xMm() - mpiX, a.yMm() - mpiY);
            squaresX += (a.xMm() - mpiX) * (a.xMm() - mpiX);
            squaresY += (a.yMm() - mpiY) * (a.yMm() - mpiY);
            for (int j = i + 1; j < n; j++) {
                ScoredShot b = shots.get(j);
                spread = Math.max(spread, Math.hypot(a.xMm() - b.xMm(), a.yMm() - b.yMm()));
            }
        }
        double decimalTotal = decimalTenths / 10.0;
        return new SeriesStatistics(
                n,
                total,
                decimalTotal,
                (double) total / n,
                decimalTotal / n,
                innerTens,
                mpiX,
                mpiY,
                radiusSum / n,
                spread,
                n > 1 ? Math.sqrt(squaresX / (n - 1)) : 0,
                n > 1 ? Math.sqrt(squaresY / (n - 1)) : 0,
                seriesTotals,
                shotsPerSeries);
    }
}

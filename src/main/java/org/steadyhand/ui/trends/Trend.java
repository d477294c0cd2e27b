package org.steadyhand.ui.trends;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.steadyhand.analysis.score.Percentile;
import org.steadyhand.analysis.trend.CohortBand;
import org.steadyhand.analysis.trend.CohortBands;
import org.steadyhand.analysis.trend.MovingAverage;
import org.steadyhand.core.TraineeId;
import org.steadyhand.store.ModuleScoreRow;

/**
 * A trainee's progress in one module and their standing in their cohort, computed from the
 * module's stored scores (pure; no I/O).
 *
 * <p>The cohort is every trainee with the same cohort text (archived ones included: their scores
 * are history), or every trainee of the workstation when the trainee has no cohort. Bands are per
 * session number ({@link CohortBands}). The current percentile is the mid-rank percentile
 * ({@link Percentile#midRank}) of the trainee's latest score among the other cohort members' latest
 * scores in the module.
 *
 * @param passMark the module's pass mark, 0–100
 * @param cohort the cohort's name; empty when the trainee has none (compared with everyone)
 * @param cohortTrainees cohort members with a score in the module, the trainee included
 * @param percentile empty when nobody else in the cohort has a score
 */
public record Trend(
        double passMark,
        List<CurvePoint> curve,
        List<CohortBand> bands,
        Optional<String> cohort,
        int cohortTrainees,
        OptionalDouble percentile) {
    /** Sessions per moving average: about a week of daily practice. */
    public static final int MOVING_WINDOW = 5;
    /** Fewest cohort scores at a session number for a band ({@link CohortBands}). */
    public static final int MIN_BAND_TRAINEES = 3;

    public Trend {
        curve = List.copyOf(curve);
        bands = List.copyOf(bands);
    }

    public static Trend of(TraineeId trainee, Optional<String> cohort, double passMark, List<ModuleScoreRow> scores) {
        Map<TraineeId, List<ModuleScoreRow>> byTrainee = new LinkedHashMap<>();
        for (ModuleScoreRow row : scores) {
            boolean sameCohort = cohort.isEmpty() || row.cohort().equals(cohort);
            if (sameCohort || row.trainee().equals(trainee)) {
                byTrainee
                        .computeIfAbsent(row.trainee(), id -> new ArrayList<>())
                        .add(row);
            }
        }
        List<ModuleScoreRow> own = byTrainee.getOrDefault(trainee, List.of());
        double[] overall = own.stream().mapToDouble(ModuleScoreRow::overall).toArray();
        double[] smooth = MovingAverage.trailing(overall, MOVING_WINDOW);
        List<CurvePoint> curve = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            ModuleScoreRow row = own.get(i);
            curve.add(new CurvePoint(i + 1, row.startedAt(), row.overall(), smooth[i], row.passed()));
        }
        List<double[]> curves = byTrainee.values().stream()
                .map(rows -> rows.stream().mapToDouble(ModuleScoreRow::overall).toArray())
                .toList();
        return new Trend(
                passMark,
                curve,
                CohortBands.bySessionNumber(curves, MIN_BAND_TRAINEES),
                cohort,
                byTrainee.size(),
                percentile(trainee, byTrainee));
    }

    private static OptionalDouble percentile(TraineeId trainee, Map<TraineeId, List<ModuleScoreRow>> byTrainee) {
        List<ModuleScoreRow> own = byTrainee.get(trainee);
        if (own == null || byTrainee.size() < 2) {
            return OptionalDouble.empty();
        }
        double latest = own.get(own.size() - 1).overall();
        long below = 0;
        long equal = 0;
        for (Map.Entry<TraineeId, List<ModuleScoreRow>> other : byTrainee.entrySet()) {
            if (other.getKey().equals(trainee)) {
                continue;
            }
            double theirs = other.getValue().get(other.getValue().size() - 1).overall();
            below += theirs < latest ? 1 : 0;
            equal += theirs == latest ? 1 : 0;
        }
        return OptionalDouble.of(Percentile.midRank(below, equal, byTrainee.size() - 1L));
    }
}

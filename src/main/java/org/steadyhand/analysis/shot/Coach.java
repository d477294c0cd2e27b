package org.steadyhand.analysis.shot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Rule-based coaching from a series' group (position, size, shape, flyers) and, when a sighting
 * sensor recorded the aim, from the hold before each shot. Thresholds are in ring steps of the
 * target, so one rule set fits every face. Every rule and why it holds is in docs/coaching.md;
 * the short reason is repeated at each rule below. Stateless; thread-safe.
 */
public final class Coach {
    /** Fewer shots say nothing reliable about a group's centre or shape. */
    static final int MIN_GROUP_SHOTS = 3;

    static final int MIN_SHAPE_SHOTS = 5;

    private Coach() {}

    /** Advice for {@code series} on {@code target}, with the hold when there is one. */
    public static CoachingAdvice advise(
            TargetType target, SeriesStatistics series, List<ScoredShot> shots, Optional<HoldSteadiness> hold) {
        List<CoachingAdvice.Advice> good = new ArrayList<>();
        List<CoachingAdvice.Advice> improve = new ArrayList<>();
        List<CoachingAdvice.Advice> next = new ArrayList<>();
        double ring = target.ringStepMm();
        int n = series.shotCount();
        if (n < MIN_GROUP_SHOTS) {
            next.add(advice("too_few_shots", "Shoot at least %d shots for advice on the group.", MIN_SHAPE_SHOTS));
            return new CoachingAdvice(good, improve, next);
        }
        // Position. The MPI's standard error is about sd / sqrt(n): only an offset well beyond it
        // is a sight setting or a habitual hold rather than chance.
        double offset = series.mpiOffsetMm();
        double mpiError = Math.hypot(series.sdXMm(), series.sdYMm()) / Math.sqrt(n);
        if (offset > ring && offset > 2 * mpiError) {
            improve.add(advice(
                    "off_centre",
                    "The group is centred %.1f mm %s and %.1f mm %s of the centre: the sights (or a habitual"
                            + " hold) are off by that much.",
                    Math.abs(series.mpiXMm()),
                    series.mpiXMm() >= 0 ? "right" : "left",
                    Math.abs(series.mpiYMm()),
                    series.mpiYMm() >= 0 ? "high" : "low"));
            next.add(advice(
                    "off_centre",
                    "Zero the sights: shoot a group of 5, correct by the group's offset, confirm with another 5."));
        } else if (offset <= ring / 2) {
            good.add(advice("centred", "The group is centred: %.1f mm from the middle.", offset));
        }
        // Size. Mean radius about the MPI measures consistency independently of the zero.
        if (series.meanRadiusMm() <= ring) {
            good.add(advice(
                    "tight_group", "Consistent shots: mean radius %.1f mm, within one ring.", series.meanRadiusMm()));
        } else if (series.meanRadiusMm() > 2 * ring) {
            improve.add(advice(
                    "wide_group",
                    "The shots spread widely (mean radius %.1f mm, over two rings): hold and release vary from"
                            + " shot to shot.",
                    series.meanRadiusMm()));
            next.add(advice(
                    "wide_group",
                    "Dry-fire with a steady routine: same position, same breathing, same trigger squeeze"
                            + " every time."));
        }
        shape(series, ring, improve, next);
        flyers(series, shots, ring, improve);
        hold.filter(h -> h.shots().size() >= MIN_GROUP_SHOTS)
                .ifPresent(h -> hold(h, series, ring, good, improve, next));
        if (improve.isEmpty()) {
            next.add(advice("keep_going", "Keep the routine and lengthen the series towards a full match."));
        }
        return new CoachingAdvice(good, improve, next);
    }

    private static void shape(
            SeriesStatistics s, double ring, List<CoachingAdvice.Advice> improve, List<CoachingAdvice.Advice> next) {
        if (s.shotCount() < MIN_SHAPE_SHOTS) {
            return;
        }
        // An elongated group points at one cause: vertical at breathing and head or grip pressure
        // changes, horizontal at cant and trigger finger pressure pushing sideways.
        if (s.sdYMm() > 1.5 * s.sdXMm() && s.sdYMm() > ring / 2) {
            improve.add(advice(
                    "vertical_stringing",
                    "The shots string vertically (sd %.1f mm up-down vs %.1f mm sideways): breathing or"
                            + " changing head position or grip pressure.",
                    s.sdYMm(),
                    s.sdXMm()));
            next.add(advice(
                    "vertical_stringing",
                    "Release in the natural respiratory pause, with the same cheek weld or grip."));
        } else if (s.sdXMm() > 1.5 * s.sdYMm() && s.sdXMm() > ring / 2) {
            improve.add(advice(
                    "horizontal_stringing",
                    "The shots string sideways (sd %.1f mm sideways vs %.1f mm up-down): cant, or the trigger"
                            + " finger pressing sideways.",
                    s.sdXMm(),
                    s.sdYMm()));
            next.add(advice(
                    "horizontal_stringing",
                    "Check the sights are level and squeeze the trigger straight back with the finger pad."));
        }
    }

    private static void flyers(
            SeriesStatistics s, List<ScoredShot> shots, double ring, List<CoachingAdvice.Advice> improve) {
        if (shots.size() < MIN_SHAPE_SHOTS) {
            return;
        }
        // A shot far outside an otherwise consistent group is one bad release, not the hold.
        for (int i = 0; i < shots.size(); i++) {
            ScoredShot shot = shots.get(i);
            double fromMpi = Math.hypot(shot.xMm() - s.mpiXMm(), shot.yMm() - s.mpiYMm());
            if (fromMpi > 2.5 * s.meanRadiusMm() && fromMpi > 1.5 * ring) {
                improve.add(advice(
                        "flyer",
                        "Shot %d is a flyer, %.1f mm from the group: call every shot and follow through.",
                        i + 1,
                        fromMpi));
            }
        }
    }

    private static void hold(
            HoldSteadiness h,
            SeriesStatistics s,
            double ring,
            List<CoachingAdvice.Advice> good,
            List<CoachingAdvice.Advice> improve,
            List<CoachingAdvice.Advice> next) {
        double moving = h.meanMovementLast200MsMm();
        // Movement just before the release lands in the group; a steady hold with a wide group
        // leaves the release itself as the cause. The movement is a path length that includes
        // tremor, so it is several times the net displacement: over 4 ring steps in 0.2 s is a
        // hold still swinging, under 2 a settled one (simulated experts: about 1.8).
        if (moving > 4 * ring) {
            improve.add(advice(
                    "moving_at_release",
                    "The aim still moved %.1f mm in the last 0.2 s before the shots: the release came before"
                            + " the hold settled.",
                    moving));
            next.add(advice(
                    "moving_at_release", "Holding drills: settle for a second in the aim area before squeezing."));
        } else if (moving <= 2 * ring) {
            good.add(advice("steady_hold", "A steady hold: %.1f mm of movement in the last 0.2 s.", moving));
            if (s.meanRadiusMm() > 1.5 * ring) {
                improve.add(advice(
                        "release_error",
                        "The hold was steady but the shots spread: the error comes at release (trigger jerk,"
                                + " flinch, no follow-through)."));
                next.add(advice("release_error", "Dry-fire and watch the sights not move as the shot breaks."));
            }
        }
    }

    private static CoachingAdvice.Advice advice(String rule, String format, Object... values) {
        return new CoachingAdvice.Advice(rule, String.format(Locale.ROOT, format, values));
    }
}

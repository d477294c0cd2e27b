package org.steadyhand.ui.rig;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rig screen's alert rules, checked once per display frame. Each rule raises its alert when
 * its condition starts to hold, then stays quiet until the condition has cleared (hysteresis) and
 * at least {@link #REPEAT_NANOS} have passed, so a value hovering at a threshold does not flash.
 *
 * <ul>
 *   <li>{@code FORCE_DANGER}: tip force (peak since the previous frame) at or above the danger
 *       threshold, 9 mN (the alarm level of a retinal force-feedback system, PMC3597188, DOMAIN.md);
 *       re-armed once the force is back below caution, 7.5 mN (75% of retinal manipulation forces
 *       are below it, PMC4276342).
 *   <li>{@code TREMOR_RISING} (instrument-tip modules only): either the radial tremor RMS over the
 *       last second reaches {@value #TREMOR_RMS_LIMIT_UM} µm, the upper end of physiological hand
 *       tremor (50–200 µm RMS, PMC3989364; eye surgeons holding still: 49 µm, DOMAIN.md), or the
 *       tremor stability score falls by at least {@value #STABILITY_DROP_POINTS} points within
 *       {@value #STABILITY_DROP_SECONDS} s. The stability score is measured over 4 s windows, so
 *       the fall spans a little more than one window: a change in the hand, not one noisy frame. The
 *       drop size is a judgement call (a setting here): a fifth of the scale. Re-armed when RMS is
 *       below 90% of the limit and the stability has not fallen that far.
 *   <li>{@code HEART_RATE_HIGH}: heart rate at or above {@value #HEART_RATE_LIMIT_BPM} bpm. DOMAIN.md
 *       gives no limit; this is a judgement call: well above the 60–100 bpm resting range, where a
 *       seated fine-motor task suggests arousal worth a breath; re-armed below {@value
 *       #HEART_RATE_REARM_BPM} bpm.
 * </ul>
 *
 * <p>Not thread-safe: one caller (the FX thread) at a time. Times are any monotonic nanoseconds.
 */
final class LiveAlerts {
    static final double TREMOR_RMS_LIMIT_UM = 200;
    static final double STABILITY_DROP_POINTS = 20;
    static final double STABILITY_DROP_SECONDS = 5;
    static final double HEART_RATE_LIMIT_BPM = 120;
    static final double HEART_RATE_REARM_BPM = 110;
    /** Least time between two alerts of the same kind: long enough to read one before the next. */
    static final long REPEAT_NANOS = 10_000_000_000L;

    /** The kinds of alert, with their stored code and how loudly they are shown. */
    enum Kind {
        FORCE_DANGER(Severity.DANGER),
        TREMOR_RISING(Severity.CAUTION),
        HEART_RATE_HIGH(Severity.CAUTION);

        final Severity severity;

        Kind(Severity severity) {
            this.severity = severity;
        }
    }

    /** How an alert is shown: caution in amber, danger in red. */
    enum Severity {
        CAUTION,
        DANGER
    }

    /** An alert that has just been raised: its kind and one sentence for the trainee. */
    record Raised(Kind kind, String message) {}

    private final Map<Kind, Boolean> armed = new EnumMap<>(Kind.class);
    private final Map<Kind, Long> lastRaised = new EnumMap<>(Kind.class);
    /** (time, stability) of the last {@link #STABILITY_DROP_SECONDS} s, oldest first. */
    private final Deque<Stability> stability = new ArrayDeque<>();

    private record Stability(long atNanos, double score) {}

    LiveAlerts() {
        for (Kind kind : Kind.values()) {
            armed.put(kind, true);
        }
    }

    /** Forgets the history, e.g. when the rig is reopened for another module. */
    void reset() {
        stability.clear();
        lastRaised.clear();
        for (Kind kind : Kind.values()) {
            armed.put(kind, true);
        }
    }

    /**
     * Checks one frame's values; NaN means no signal (never raises).
     *
     * @param tremorRmsUm radial tremor RMS in µm; NaN where the motion is not an instrument tip
     * @return the alerts raised by this frame, usually none
     */
    List<Raised> check(
            long nowNanos, double forceMilliNewtons, double tremorRmsUm, double stabilityScore, double heartRateBpm) {
        List<Raised> raised = new ArrayList<>(0);
        double drop = stabilityDrop(nowNanos, stabilityScore);
        rule(
                nowNanos,
                Kind.FORCE_DANGER,
                forceMilliNewtons >= ForceLevel.DANGER_MN,
                !(forceMilliNewtons >= ForceLevel.CAUTION_MN),
                raised,
                () -> String.format(
                        Locale.ROOT,
                        "Force %.1f mN is above the danger line of %.0f mN: ease off",
                        forceMilliNewtons,
                        ForceLevel.DANGER_MN));
        boolean rmsHigh = tremorRmsUm >= TREMOR_RMS_LIMIT_UM;
        boolean fell = drop >= STABILITY_DROP_POINTS;
        rule(
                nowNanos,
                Kind.TREMOR_RISING,
                rmsHigh || fell,
                !(tremorRmsUm >= 0.9 * TREMOR_RMS_LIMIT_UM) && !fell,
                raised,
                () -> rmsHigh
                        ? String.format(
                                Locale.ROOT,
                                "Tremor is rising: %.0f µm RMS, above %.0f µm: steady your hand",
                                tremorRmsUm,
                                TREMOR_RMS_LIMIT_UM)
                        : String.format(
                                Locale.ROOT,
                                "Tremor is rising: stability fell %.0f points in %.0f s: steady your hand",
                                drop,
                                STABILITY_DROP_SECONDS));
        rule(
                nowNanos,
                Kind.HEART_RATE_HIGH,
                heartRateBpm >= HEART_RATE_LIMIT_BPM,
                !(heartRateBpm >= HEART_RATE_REARM_BPM),
                raised,
                () -> String.format(Locale.ROOT, "Heart rate %.0f bpm is high: breathe out slowly", heartRateBpm));
        return raised;
    }

    private void rule(
            long now,
            Kind kind,
            boolean holds,
            boolean cleared,
            List<Raised> raised,
            java.util.function.Supplier<String> message) {
        if (holds && armed.get(kind)) {
            Long last = lastRaised.get(kind);
            if (last == null || now - last >= REPEAT_NANOS) {
                raised.add(new Raised(kind, message.get()));
                lastRaised.put(kind, now);
                armed.put(kind, false);
            }
        } else if (cleared) {
            armed.put(kind, true);
        }
    }

    /** How far the stability score is below its highest value of the last few seconds; 0 without data. */
    private double stabilityDrop(long now, double score) {
        long window = (long) (STABILITY_DROP_SECONDS * 1e9);
        while (!stability.isEmpty() && now - stability.peekFirst().atNanos() > window) {
            stability.removeFirst();
        }
        if (Double.isNaN(score)) {
            return 0;
        }
        stability.addLast(new Stability(now, score));
        double highest = score;
        for (Stability entry : stability) {
            highest = Math.max(highest, entry.score());
        }
        return highest - score;
    }
}

package org.steadyhand.ui.rig;

import java.util.List;
import java.util.OptionalDouble;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.steadyhand.core.Shot;

/**
 * The live values of the rig screen as observable properties, set from one {@link LiveFrame} per
 * display refresh. Missing signals are NaN (the views show "no signal"), counts are plain integers.
 *
 * <p>FX thread only (or the test's thread when the FX executor is {@code Runnable::run}).
 */
public final class LiveDisplay {
    private final ReadOnlyObjectWrapper<LiveFrame> frame;
    private final ReadOnlyDoubleWrapper forceMilliNewtons = new ReadOnlyDoubleWrapper(this, "force", Double.NaN);
    private final ReadOnlyObjectWrapper<ForceLevel> forceLevel =
            new ReadOnlyObjectWrapper<>(this, "forceLevel", ForceLevel.NONE);
    private final ReadOnlyDoubleWrapper tremorRms = new ReadOnlyDoubleWrapper(this, "tremorRms", Double.NaN);
    private final ReadOnlyDoubleWrapper tremorStability =
            new ReadOnlyDoubleWrapper(this, "tremorStability", Double.NaN);
    private final ReadOnlyDoubleWrapper tremorPeakHz = new ReadOnlyDoubleWrapper(this, "tremorPeakHz", Double.NaN);
    private final ReadOnlyDoubleWrapper tiltDegrees = new ReadOnlyDoubleWrapper(this, "tilt", Double.NaN);
    private final ReadOnlyDoubleWrapper heartRateBpm = new ReadOnlyDoubleWrapper(this, "heartRate", Double.NaN);
    private final ReadOnlyDoubleWrapper rmssdMillis = new ReadOnlyDoubleWrapper(this, "rmssd", Double.NaN);
    private final ReadOnlyDoubleWrapper stressIndex = new ReadOnlyDoubleWrapper(this, "stressIndex", Double.NaN);
    private final ReadOnlyIntegerWrapper shotCount = new ReadOnlyIntegerWrapper(this, "shotCount");
    private final ReadOnlyIntegerWrapper lastShotRing = new ReadOnlyIntegerWrapper(this, "lastShotRing", -1);
    private final ReadOnlyDoubleWrapper decimalTotal = new ReadOnlyDoubleWrapper(this, "decimalTotal");
    private final ReadOnlyDoubleWrapper lastShotDecimal =
            new ReadOnlyDoubleWrapper(this, "lastShotDecimal", Double.NaN);
    /** The shots and face the totals were computed for; shots arrive a few a minute, frames 60 a second. */
    private List<Shot> scoredShots = List.of();

    private TargetFace scoredFace;

    LiveDisplay(LiveFrame initial) {
        frame = new ReadOnlyObjectWrapper<>(this, "frame", initial);
    }

    void show(LiveFrame next, TargetFace face) {
        frame.set(next);
        forceMilliNewtons.set(nanIfEmpty(next.forceMilliNewtons()));
        forceLevel.set(ForceLevel.of(forceMilliNewtons.get()));
        tremorRms.set(nanIfEmpty(next.tremorRms()));
        tremorStability.set(nanIfEmpty(next.tremorStability()));
        tremorPeakHz.set(nanIfEmpty(next.tremorPeakHz()));
        tiltDegrees.set(nanIfEmpty(next.tiltDegrees()));
        heartRateBpm.set(nanIfEmpty(next.heartRateBpm()));
        rmssdMillis.set(next.heartVariability().map(b -> b.rmssdMillis()).orElse(Double.NaN));
        stressIndex.set(
                next.heartVariability().map(b -> nanIfEmpty(b.stressIndex())).orElse(Double.NaN));
        List<Shot> shots = next.shots();
        shotCount.set(shots.size());
        lastShotRing.set(shots.isEmpty() ? -1 : face.ringOf(shots.get(shots.size() - 1)));
        if (!shots.equals(scoredShots) || !face.equals(scoredFace)) {
            scoredShots = shots;
            scoredFace = face;
            // Sum in tenths, as the scorers do, so 0.1 steps do not drift.
            long tenths = 0;
            for (Shot shot : shots) {
                tenths += Math.round(face.decimalOf(shot) * 10);
            }
            decimalTotal.set(tenths / 10.0);
            lastShotDecimal.set(shots.isEmpty() ? Double.NaN : face.decimalOf(shots.get(shots.size() - 1)));
        }
    }

    /** Sum of the shots' decimal scores (ISSF decimal scoring, DOMAIN.md); 0 before the first shot. */
    public ReadOnlyDoubleProperty decimalTotalProperty() {
        return decimalTotal.getReadOnlyProperty();
    }

    /** Decimal score of the latest shot (0.0 for a miss); NaN before the first shot. */
    public ReadOnlyDoubleProperty lastShotDecimalProperty() {
        return lastShotDecimal.getReadOnlyProperty();
    }

    private static double nanIfEmpty(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : Double.NaN;
    }

    /** RMSSD of the last minute of beats, ms; NaN before three beats. */
    public ReadOnlyDoubleProperty rmssdMillisProperty() {
        return rmssdMillis.getReadOnlyProperty();
    }

    /** Baevsky stress index of the last minute of beats; NaN before three beats or for equal beats. */
    public ReadOnlyDoubleProperty stressIndexProperty() {
        return stressIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LiveFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** Tip force, mN (peak since the previous refresh); NaN without a force signal. */
    public ReadOnlyDoubleProperty forceMilliNewtonsProperty() {
        return forceMilliNewtons.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ForceLevel> forceLevelProperty() {
        return forceLevel.getReadOnlyProperty();
    }

    /** Radial RMS of the last second of high-passed motion, in the frame's display unit; NaN at first. */
    public ReadOnlyDoubleProperty tremorRmsProperty() {
        return tremorRms.getReadOnlyProperty();
    }

    /** Tremor stability score 0-100 over the last 4 s; NaN until measured. */
    public ReadOnlyDoubleProperty tremorStabilityProperty() {
        return tremorStability.getReadOnlyProperty();
    }

    /** Dominant tremor frequency, Hz; NaN without a clear peak. */
    public ReadOnlyDoubleProperty tremorPeakHzProperty() {
        return tremorPeakHz.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty tiltDegreesProperty() {
        return tiltDegrees.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty heartRateBpmProperty() {
        return heartRateBpm.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty shotCountProperty() {
        return shotCount.getReadOnlyProperty();
    }

    /** Ring of the latest shot (0 = miss), -1 before the first shot. */
    public ReadOnlyIntegerProperty lastShotRingProperty() {
        return lastShotRing.getReadOnlyProperty();
    }
}

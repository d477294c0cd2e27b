package org.steadyhand.ui.review;

import java.util.List;
import java.util.Optional;
import org.steadyhand.core.Shot;
import org.steadyhand.store.SessionListing;
import org.steadyhand.store.SessionNotes;
import org.steadyhand.store.StoredScore;
import org.steadyhand.ui.rig.TargetFace;

/**
 * A session loaded for review, decimation pyramids built, ready to draw. Immutable. The tremor
 * spectrum, which takes longer than everything else, follows separately ({@link SpectrumState}).
 *
 * @param whole the session's time span, ns from its start (at least 1 s)
 * @param plots the time plots, top to bottom: position, tremor, force, tilt, RR intervals
 * @param shots shots in time order; empty for sessions without shots
 * @param target the target face for a marksmanship module; empty otherwise
 * @param score the stored score; empty when the session was not scored
 * @param note the instructor's saved note
 */
public record SessionDetail(
        SessionListing listing,
        String moduleName,
        TimeRange whole,
        List<TimePlotData> plots,
        List<Shot> shots,
        Optional<TargetFace> target,
        Optional<StoredScore> score,
        Optional<SessionNotes.Note> note) {
    public SessionDetail {
        plots = List.copyOf(plots);
        shots = List.copyOf(shots);
    }

    public Optional<TimePlotData> plot(String id) {
        return plots.stream().filter(plot -> plot.id().equals(id)).findFirst();
    }
}

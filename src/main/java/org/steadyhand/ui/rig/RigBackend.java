package org.steadyhand.ui.rig;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.core.SessionId;
import org.steadyhand.device.DeviceException;
import org.steadyhand.device.SourceRegistry;
import org.steadyhand.session.Recording;
import org.steadyhand.session.SessionStatus;
import org.steadyhand.session.SessionStore;
import org.steadyhand.store.SessionScoring;

/**
 * The slow half of the rig screen: opening and closing the rig, starting and stopping recordings.
 * Every method except {@link #droppedCount()} runs on the rig worker thread, one at a time, so a
 * module change can never close the rig under a recording that is still draining.
 */
final class RigBackend {
    private static final Logger LOG = LoggerFactory.getLogger(RigBackend.class);

    private final SourceRegistry registry;
    private final SessionStore store;
    private final SessionScoring scoring;
    private final AtomicLong droppedEarlier = new AtomicLong();
    private volatile RigConnection connection;
    private Recording active;

    RigBackend(SourceRegistry registry, SessionStore store, SessionScoring scoring) {
        this.registry = registry;
        this.store = store;
        this.scoring = scoring;
    }

    /** Scores a stored, completed session with its standing; empty if its module is not scored. */
    Optional<SessionScoring.RankedScore> score(SessionId session) {
        return scoring.scoreAndStore(session);
    }

    /** Replaces the open rig (if any) with one for these specs and module, feeding {@code signals}. */
    RigConnection open(List<String> specs, String moduleId, LiveSignals signals) throws DeviceException {
        closeConnection();
        RigConnection opened = RigConnection.open(registry, specs, moduleId, signals);
        connection = opened;
        return opened;
    }

    Optional<RigConnection> connection() {
        return Optional.ofNullable(connection);
    }

    /**
     * Starts recording from the open rig.
     *
     * @throws IllegalStateException if no rig is open
     */
    Recording startRecording(String trainee, String settingsJson) {
        RigConnection open = connection;
        if (open == null) {
            throw new IllegalStateException("no rig is open to record from");
        }
        active = Recording.start(open.rig(), store, trainee, settingsJson);
        return active;
    }

    /** Drains, commits and closes the recording; blocks for as long as that takes. */
    void stopRecording(Recording recording, SessionStatus status, String message) {
        try {
            recording.stop(status, message);
        } finally {
            if (active == recording) {
                active = null;
            }
        }
    }

    /** Stops a recording still running (as {@link SessionStatus#STOPPED}) and closes the rig. */
    void shutdown(String reason) {
        try {
            if (active != null) {
                stopRecording(active, SessionStatus.STOPPED, reason);
            }
        } catch (RuntimeException e) {
            // Nobody is left to tell but the log; the crash sweep marks the session at next start.
            LOG.error("storing the end of the last recording failed while closing", e);
        } finally {
            closeConnection();
        }
    }

    /** Pipeline events the display dropped, over every rig opened so far; any thread. */
    long droppedCount() {
        RigConnection open = connection;
        return droppedEarlier.get() + (open == null ? 0 : open.droppedCount());
    }

    private void closeConnection() {
        RigConnection open = connection;
        if (open != null) {
            connection = null;
            droppedEarlier.addAndGet(open.droppedCount());
            open.close();
        }
    }
}

package org.steadyhand.ui.rig;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.session.Recording;
import org.steadyhand.session.SessionStatus;
import org.steadyhand.session.TrainingModule;

/**
 * The recording half of the rig screen: starts a recording, pauses and resumes it, keeps its clock
 * (which stands still while paused), stores alerts with it, ends it as completed when the module's
 * time is up or as stopped when asked, and says what happened. Methods run on the FX thread;
 * creating, resuming and closing the session in the store runs on {@code worker}.
 */
final class RecordingControl {
    private static final Logger LOG = LoggerFactory.getLogger(RecordingControl.class);

    private final RigBackend backend;
    private final RigState state;
    private final RecordingClock clock;
    private final Executor fx;
    private final Executor worker;
    private final Consumer<Ended> ended;
    /** The recording in progress; null while none runs. */
    private Active active;

    /** A recording that has been stored, and the module it was for. */
    record Ended(Recording recording, TrainingModule module) {}

    /** @param ended told on the FX thread after each recording has been stored (or failed to be) */
    RecordingControl(
            RigBackend backend,
            RigState state,
            RecordingClock clock,
            Executor fx,
            Executor worker,
            Consumer<Ended> ended) {
        this.backend = backend;
        this.state = state;
        this.clock = clock;
        this.fx = fx;
        this.worker = worker;
        this.ended = ended;
    }

    /** Starts recording from the open rig; {@code onStarted} runs on the worker once it has. */
    void start(String trainee, TrainingModule module, String settingsJson, Runnable onStarted) {
        state.phase.set(RigPhase.STARTING);
        state.message.set("");
        worker.execute(() -> {
            try {
                Recording started = backend.startRecording(trainee, settingsJson);
                onStarted.run();
                fx.execute(() -> started(new Active(started, module, trainee)));
            } catch (RuntimeException e) {
                LOG.error("could not start a recording for {}", trainee, e);
                fx.execute(() -> {
                    state.phase.set(RigPhase.LIVE);
                    state.message.set("The recording could not start: " + e.getMessage());
                });
            }
        });
    }

    /** Ends the recording early (running or paused); it is stored as stopped. */
    void stop() {
        if (active != null) {
            finish(SessionStatus.STOPPED, "stopped by the trainee after " + TimeText.of(active.elapsed()));
        }
    }

    /**
     * Pauses a running recording or resumes a paused one. The pause starts now; the pause event is
     * stored on the worker when it ends.
     */
    void pauseOrResume() {
        Active current = active;
        if (current == null) {
            return;
        }
        if (state.phase() == RigPhase.RECORDING && current.recording().pause()) {
            state.phase.set(RigPhase.PAUSED);
            state.message.set("Paused at " + TimeText.of(current.elapsed())
                    + ": nothing is recorded and the clock stands still. Press P to resume.");
        } else if (state.phase() == RigPhase.PAUSED) {
            state.phase.set(RigPhase.RECORDING);
            state.message.set(recordingMessage(current));
            worker.execute(() -> current.recording().resume());
        }
    }

    /** Stores an alert with the running recording (not while paused); does nothing otherwise. */
    void alert(String code, String message) {
        Active current = active;
        if (current != null && state.phase() == RigPhase.RECORDING) {
            worker.execute(() -> current.recording().alert(code, message));
        }
    }

    /** Updates the clock; at the module's end, finishes the recording as completed. */
    void tick() {
        if (!state.phase().recording() || active == null) {
            return;
        }
        Duration elapsed = active.elapsed();
        Duration planned = active.module().duration();
        clock.show(elapsed, planned);
        if (state.phase() == RigPhase.RECORDING && elapsed.compareTo(planned) >= 0) {
            finish(SessionStatus.COMPLETED, "ran for the module's full " + TimeText.of(planned));
        }
    }

    private static String recordingMessage(Active started) {
        return "Recording " + started.trainee() + " · " + started.module().name();
    }

    private void started(Active started) {
        active = started;
        state.phase.set(RigPhase.RECORDING);
        clock.show(Duration.ZERO, started.module().duration());
        state.message.set(recordingMessage(started));
    }

    private void finish(SessionStatus status, String why) {
        Active ending = active;
        if (!state.phase().recording() || ending == null) {
            return;
        }
        state.phase.set(RigPhase.SAVING);
        state.message.set("Saving the session…");
        String outcome = status.label() + " at " + TimeText.of(ending.elapsed());
        String summary = ending.trainee() + ", " + ending.module().name() + ", " + outcome;
        worker.execute(() -> {
            try {
                backend.stopRecording(ending.recording(), status, why);
            } catch (RuntimeException e) {
                LOG.error(
                        "storing the end of session {} failed",
                        ending.recording().id(),
                        e);
                fx.execute(() -> saved(
                        ending, "The session could not be saved completely: " + e.getMessage(), Optional.empty()));
                return;
            }
            if (status != SessionStatus.COMPLETED) {
                fx.execute(() -> saved(ending, "Session saved: " + summary + ".", Optional.empty()));
                return;
            }
            // Scoring trouble never hides that the data is saved.
            try {
                Optional<SessionResult> result = backend.score(
                                ending.recording().id())
                        .map(ranked -> new SessionResult(
                                ending.trainee(),
                                ending.module().name(),
                                outcome,
                                ranked.stored().score(),
                                ranked.percentile()));
                String score = result.map(r -> " " + ScoreText.of(r.score())).orElse("");
                fx.execute(() -> saved(ending, "Session saved: " + summary + "." + score, result));
            } catch (RuntimeException e) {
                LOG.error("scoring session {} failed", ending.recording().id(), e);
                fx.execute(() -> saved(
                        ending,
                        "Session saved: " + summary + ". The score could not be computed: " + e.getMessage(),
                        Optional.empty()));
            }
        });
    }

    private void saved(Active done, String outcome, Optional<SessionResult> result) {
        active = null;
        state.phase.set(RigPhase.LIVE);
        state.message.set(outcome);
        state.result.set(result);
        ended.accept(new Ended(done.recording(), done.module()));
    }

    /** A recording in progress with what the screen says about it. */
    private record Active(Recording recording, TrainingModule module, String trainee) {
        /** Time the module has run: the session's time without its pauses. */
        Duration elapsed() {
            return Duration.ofNanos(recording.activeNanos());
        }
    }
}

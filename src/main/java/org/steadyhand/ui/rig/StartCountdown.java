package org.steadyhand.ui.rig;

import java.util.Optional;
import java.util.function.LongSupplier;
import org.steadyhand.core.BadInputException;
import org.steadyhand.session.TrainingModule;
import org.steadyhand.store.TraineeRepository;

/**
 * Between Start and the recording: checks the trainee's name, takes the module and settings as
 * they are when Start is pressed, shows 3-2-1 so the trainee can settle the hand, and hands the
 * recording to {@link RecordingControl} when it reaches zero. Nothing is stored before that, so a
 * cancelled countdown leaves no session. FX thread only; {@link #tick} runs with each display
 * refresh.
 */
final class StartCountdown {
    private final RigState state;
    private final RigChoices choices;
    private final RecordingControl recordings;
    private final LongSupplier nanoClock;
    /** The recording waiting for its countdown; null unless the phase is COUNTDOWN. */
    private PendingStart pending;

    StartCountdown(RigState state, RigChoices choices, RecordingControl recordings, LongSupplier nanoClock) {
        this.state = state;
        this.choices = choices;
        this.recordings = recordings;
        this.nanoClock = nanoClock;
    }

    /** Begins the countdown if the preview is live and a trainee name is given. */
    void begin() {
        if (state.phase() != RigPhase.LIVE) {
            return;
        }
        String trainee;
        try {
            trainee = TraineeRepository.validName(choices.traineeNameProperty().get());
        } catch (BadInputException e) {
            state.message.set("Type the trainee's name first, then press Start (F5).");
            return;
        }
        TrainingModule chosen = choices.moduleProperty().get();
        String settings = RecordingSettings.json(
                choices.sourceSpecs(),
                choices.skillApplies() ? Optional.of(choices.skillProperty().get()) : Optional.empty());
        state.result.set(Optional.empty());
        pending = new PendingStart(trainee, chosen, settings, new Countdown(nanoClock.getAsLong()));
        state.phase.set(RigPhase.COUNTDOWN);
        state.countdown.set(Countdown.SECONDS);
        state.message.set("Recording " + trainee + " · " + chosen.name() + " starts in " + Countdown.SECONDS
                + " s: settle your hand. Esc cancels.");
    }

    /** Cancels a running countdown; nothing is stored. */
    void cancel() {
        if (state.phase() == RigPhase.COUNTDOWN) {
            pending = null;
            state.countdown.set(0);
            state.phase.set(RigPhase.LIVE);
            state.message.set("Start cancelled. " + RigViewModel.READY_HINT);
        }
    }

    /**
     * Shows the seconds left at {@code nowNanos}; at zero starts the recording, which runs {@code
     * clearShots} once it exists so the target starts empty.
     */
    void tick(long nowNanos, Runnable clearShots) {
        if (state.phase() != RigPhase.COUNTDOWN || pending == null) {
            return;
        }
        int left = pending.countdown().secondsLeft(nowNanos);
        state.countdown.set(left);
        if (left == 0) {
            PendingStart starting = pending;
            pending = null;
            recordings.start(starting.trainee(), starting.module(), starting.settingsJson(), clearShots);
        }
    }

    private record PendingStart(String trainee, TrainingModule module, String settingsJson, Countdown countdown) {}
}

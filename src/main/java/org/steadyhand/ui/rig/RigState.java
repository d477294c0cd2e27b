package org.steadyhand.ui.rig;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Where the rig screen stands, for its buttons and the status bar: the phase, what the buttons may
 * do in it, a sentence for the trainee and the health of the live display. Written by
 * {@link RigViewModel} on the FX thread; read-only to everyone else.
 */
public final class RigState {
    final ReadOnlyObjectWrapper<RigPhase> phase = new ReadOnlyObjectWrapper<>(this, "phase", RigPhase.CONNECTING);
    final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    final ReadOnlyStringWrapper rigStatus = new ReadOnlyStringWrapper(this, "rigStatus", "connecting");
    final ReadOnlyLongWrapper droppedBlocks = new ReadOnlyLongWrapper(this, "droppedBlocks");
    final ReadOnlyIntegerWrapper countdown = new ReadOnlyIntegerWrapper(this, "countdown");
    final ReadOnlyObjectWrapper<Optional<SessionResult>> result =
            new ReadOnlyObjectWrapper<>(this, "result", Optional.empty());
    private final BooleanBinding canStart = Bindings.createBooleanBinding(() -> phase.get() == RigPhase.LIVE, phase);
    private final BooleanBinding canStop =
            Bindings.createBooleanBinding(() -> phase.get().recording(), phase);
    private final BooleanBinding paused = Bindings.createBooleanBinding(() -> phase.get() == RigPhase.PAUSED, phase);
    private final BooleanBinding settingsLocked =
            Bindings.createBooleanBinding(() -> phase.get().locksSettings(), phase);

    RigState() {}

    RigPhase phase() {
        return phase.get();
    }

    public ReadOnlyObjectProperty<RigPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public BooleanExpression canStart() {
        return canStart;
    }

    /** True while a recording runs or is paused: Stop, Pause and Resume are possible. */
    public BooleanExpression canStop() {
        return canStop;
    }

    public BooleanExpression paused() {
        return paused;
    }

    /** Seconds left before the recording starts: 3, 2, 1 during the countdown, else 0. */
    public ReadOnlyIntegerProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    /** True while a recording starts, runs or is saved: the pickers are locked then. */
    public BooleanExpression settingsLocked() {
        return settingsLocked;
    }

    /**
     * The last scored session's result, for the result card; cleared when the next start begins
     * or the trainee closes the card.
     */
    public ReadOnlyObjectProperty<Optional<SessionResult>> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** One sentence for the trainee: what to do next, what was saved, what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Phase and source state for the status bar, e.g. {@code live · Simulated rig ...}. */
    public ReadOnlyStringProperty rigStatusProperty() {
        return rigStatus.getReadOnlyProperty();
    }

    /** Pipeline events the live display had to drop because it fell behind. */
    public ReadOnlyLongProperty droppedBlocksProperty() {
        return droppedBlocks.getReadOnlyProperty();
    }
}

package org.steadyhand.ui.rig;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
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
    private final BooleanBinding canStart = Bindings.createBooleanBinding(() -> phase.get() == RigPhase.LIVE, phase);
    private final BooleanBinding canStop =
            Bindings.createBooleanBinding(() -> phase.get() == RigPhase.RECORDING, phase);
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

    public BooleanExpression canStop() {
        return canStop;
    }

    /** True while a recording starts, runs or is saved: the pickers are locked then. */
    public BooleanExpression settingsLocked() {
        return settingsLocked;
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

package org.steadyhand.ui.rig;

import java.time.Duration;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Elapsed time and countdown to the end of the module, as texts and a 0..1 progress, for the big
 * clock on the rig screen. FX thread only.
 */
public final class RecordingClock {
    private final ReadOnlyStringWrapper elapsedText = new ReadOnlyStringWrapper(this, "elapsed", "00:00");
    private final ReadOnlyStringWrapper remainingText = new ReadOnlyStringWrapper(this, "remaining", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);

    RecordingClock() {}

    /** Before a recording: nothing elapsed, the module's whole duration ahead. */
    void idle(Duration moduleDuration) {
        show(Duration.ZERO, moduleDuration);
    }

    void show(Duration elapsed, Duration moduleDuration) {
        Duration clamped = elapsed.compareTo(moduleDuration) > 0 ? moduleDuration : elapsed;
        elapsedText.set(TimeText.of(clamped));
        remainingText.set(TimeText.remaining(moduleDuration, clamped) + " left");
        progress.set(Math.min(1.0, (double) clamped.toMillis() / moduleDuration.toMillis()));
    }

    public ReadOnlyStringProperty elapsedTextProperty() {
        return elapsedText.getReadOnlyProperty();
    }

    /** e.g. {@code 00:48 left}. */
    public ReadOnlyStringProperty remainingTextProperty() {
        return remainingText.getReadOnlyProperty();
    }

    /** Share of the module's duration done, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}

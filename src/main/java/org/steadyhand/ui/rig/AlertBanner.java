package org.steadyhand.ui.rig;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The alert the rig screen shows right now: its text (empty when none) and severity. An alert
 * stays up for {@link #SHOWN_NANOS} after it was raised, long enough to read a sentence from the
 * rig, and a newer one replaces it. FX thread only.
 */
public final class AlertBanner {
    /** How long an alert stays up: about three readings of a ten-word sentence. */
    static final long SHOWN_NANOS = 5_000_000_000L;

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<LiveAlerts.Severity> severity =
            new ReadOnlyObjectWrapper<>(this, "severity", LiveAlerts.Severity.CAUTION);
    private long shownUntilNanos;

    AlertBanner() {}

    void show(LiveAlerts.Raised alert, long nowNanos) {
        severity.set(alert.kind().severity);
        text.set(alert.message());
        shownUntilNanos = nowNanos + SHOWN_NANOS;
    }

    /** Takes the alert down once its time is up. */
    void tick(long nowNanos) {
        if (!text.get().isEmpty() && nowNanos - shownUntilNanos >= 0) {
            text.set("");
        }
    }

    /** The alert's sentence; empty while no alert is up. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LiveAlerts.Severity> severityProperty() {
        return severity.getReadOnlyProperty();
    }
}

package org.steadyhand.ui.rig;

import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The rig screen's alerts: each display frame is checked against {@link LiveAlerts}; a raised alert
 * goes into the {@link AlertBanner}, sounds if the trainee turned the sound on, and is handed to
 * {@code store} (the running recording keeps it). FX thread only.
 */
final class AlertFeed implements AutoCloseable {
    private final LiveAlerts rules = new LiveAlerts();
    private final AlertBanner banner = new AlertBanner();
    private final BooleanProperty soundOn = new SimpleBooleanProperty(this, "soundOn", false);
    private final AlertTone tone = new AlertTone();

    /** Forgets the rules' history, e.g. when the rig reopens for another module. */
    void reset() {
        rules.reset();
    }

    /**
     * Checks the values now on show.
     *
     * @param store receives each raised alert's code and message
     */
    void check(LiveFrame frame, LiveDisplay display, long nowNanos, BiConsumer<String, String> store) {
        banner.tick(nowNanos);
        double rmsUm =
                frame.motion() == MotionKind.TIP ? display.tremorRmsProperty().get() : Double.NaN;
        for (LiveAlerts.Raised alert : rules.check(
                nowNanos,
                display.forceMilliNewtonsProperty().get(),
                rmsUm,
                display.tremorStabilityProperty().get(),
                display.heartRateBpmProperty().get())) {
            banner.show(alert, nowNanos);
            store.accept(alert.kind().name(), alert.message());
            if (soundOn.get()) {
                tone.play();
            }
        }
    }

    AlertBanner banner() {
        return banner;
    }

    BooleanProperty soundOn() {
        return soundOn;
    }

    @Override
    public void close() {
        tone.close();
    }
}

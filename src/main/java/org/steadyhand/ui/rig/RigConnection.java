package org.steadyhand.ui.rig;

import java.util.List;
import org.steadyhand.device.DeviceException;
import org.steadyhand.device.SourceRegistry;
import org.steadyhand.pipeline.DeliveryPolicy;
import org.steadyhand.pipeline.Subscription;
import org.steadyhand.session.LiveRig;

/**
 * The rig screen's open rig: the running sources and the UI's lossy subscription to them. Opened
 * and closed on the rig worker thread; {@link #droppedCount()} may be read from any thread.
 */
final class RigConnection implements AutoCloseable {
    /**
     * UI buffer in pipeline events: about half a second of a simulated rig (five 1 kHz channels in
     * 10 ms blocks); more would only show older data late.
     */
    static final int DISPLAY_BUFFER_EVENTS = 256;

    private final LiveRig rig;
    private final Subscription subscription;
    private final List<String> specs;

    private RigConnection(LiveRig rig, Subscription subscription, List<String> specs) {
        this.rig = rig;
        this.subscription = subscription;
        this.specs = specs;
    }

    /**
     * Opens the sources for a module and feeds {@code signals} from them.
     *
     * @throws DeviceException if a device cannot be opened
     * @throws org.steadyhand.core.BadInputException if a spec is malformed or unsupported
     */
    static RigConnection open(SourceRegistry registry, List<String> specs, String moduleId, LiveSignals signals)
            throws DeviceException {
        LiveRig rig = LiveRig.open(registry, specs, moduleId);
        Subscription subscription =
                rig.pipeline().subscribe("ui-live", DeliveryPolicy.DROP_NEWEST, DISPLAY_BUFFER_EVENTS, signals);
        return new RigConnection(rig, subscription, List.copyOf(specs));
    }

    LiveRig rig() {
        return rig;
    }

    List<String> specs() {
        return specs;
    }

    /** Pipeline events the display dropped because it fell behind. */
    long droppedCount() {
        return subscription.droppedCount();
    }

    /** Stops the sources, then the display's delivery thread. */
    @Override
    public void close() {
        rig.close();
        subscription.drainAndClose(1_000);
    }
}

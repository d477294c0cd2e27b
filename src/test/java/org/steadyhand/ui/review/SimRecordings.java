package org.steadyhand.ui.review;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.steadyhand.core.SessionId;
import org.steadyhand.device.SourceRegistry;
import org.steadyhand.session.LiveRig;
import org.steadyhand.session.Recording;
import org.steadyhand.session.SessionStatus;
import org.steadyhand.session.SessionStore;
import org.steadyhand.store.SessionCatalog;
import org.steadyhand.store.StoredChannel;

/**
 * Records sessions from the simulated rig as fast as it runs ({@code pace=fast}) through the real
 * recorder and store, for a given length of session time, as {@code steadyhand record} does.
 */
final class SimRecordings {
    private SimRecordings() {}

    /** Records {@code length} of session time from {@code spec}; returns the completed session. */
    static SessionId record(
            SourceRegistry sources,
            SessionStore store,
            SessionCatalog catalog,
            String spec,
            String module,
            String trainee,
            Duration length)
            throws Exception {
        try (LiveRig rig = LiveRig.prepare(sources, List.of(spec), module)) {
            Recording recording = Recording.startWithSources(rig, store, trainee, "{}", length);
            long last = length.toNanos() - 5_000_000L;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (System.nanoTime() < deadline) {
                List<StoredChannel> channels = catalog.get(recording.id()).channels();
                if (!channels.isEmpty() && channels.stream().allMatch(c -> c.lastNanos() >= last)) {
                    break;
                }
                Thread.sleep(100);
            }
            rig.close();
            recording.stop(SessionStatus.COMPLETED, null);
            return recording.id();
        }
    }
}

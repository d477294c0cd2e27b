package org.steadyhand.session;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.core.SessionClock;
import org.steadyhand.device.DeviceException;
import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceRegistry;
import org.steadyhand.pipeline.Pipeline;

/**
 * The running sources of a rig and the pipeline they feed. The GUI keeps one open for the live
 * preview and records sessions from it; the command line opens one per recording.
 *
 * <p>All sources stamp their samples on this rig's {@link #clock()}; a {@link Recording} shifts
 * them to its own session start.
 */
public final class LiveRig implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveRig.class);

    private final SessionClock clock;
    private final Pipeline pipeline;
    private final List<SampleSource> sources;
    private final String moduleId;
    private boolean started;

    private LiveRig(SessionClock clock, Pipeline pipeline, List<SampleSource> sources, String moduleId) {
        this.clock = clock;
        this.pipeline = pipeline;
        this.sources = sources;
        this.moduleId = moduleId;
    }

    /**
     * Opens and starts the given sources (the live preview: data flows at once).
     *
     * @throws org.steadyhand.core.BadInputException if a spec is malformed or unsupported
     * @throws DeviceException if a device cannot be opened; sources already started are stopped
     */
    public static LiveRig open(SourceRegistry registry, List<String> sourceSpecs, String moduleId)
            throws DeviceException {
        LiveRig rig = prepare(registry, sourceSpecs, moduleId);
        rig.start();
        return rig;
    }

    /**
     * Opens the given sources without starting them, so that subscribers (a {@link Recording}) can
     * attach first and see every sample: a replay at full speed may otherwise be over before
     * anyone listens. Call {@link #start()} next.
     *
     * @throws org.steadyhand.core.BadInputException if a spec is malformed or unsupported
     */
    public static LiveRig prepare(SourceRegistry registry, List<String> sourceSpecs, String moduleId) {
        if (sourceSpecs.isEmpty()) {
            throw new IllegalArgumentException("a rig needs at least one source");
        }
        SessionClock clock = SessionClock.startNow();
        SourceContext context = new SourceContext(clock, moduleId);
        List<SampleSource> sources = new ArrayList<>();
        for (String spec : sourceSpecs) {
            sources.add(registry.open(spec, context));
        }
        return new LiveRig(clock, new Pipeline(), List.copyOf(sources), moduleId);
    }

    /**
     * Starts the sources; once only (later calls do nothing).
     *
     * @throws DeviceException if a device cannot be started; sources already started are stopped
     */
    public synchronized void start() throws DeviceException {
        if (started) {
            return;
        }
        started = true;
        List<SampleSource> running = new ArrayList<>();
        try {
            for (SampleSource source : sources) {
                source.start(pipeline);
                running.add(source);
            }
        } catch (DeviceException | RuntimeException e) {
            running.forEach(SampleSource::stop);
            throw e;
        }
        LOG.info("rig started with sources {} for module {}", sourceSpecs(), moduleId);
    }

    public SessionClock clock() {
        return clock;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public String moduleId() {
        return moduleId;
    }

    /** The specs of the running sources, in the order given. */
    public List<String> sourceSpecs() {
        return sources.stream().map(SampleSource::spec).toList();
    }

    /** Stops every source; subscribers keep what they already received. */
    @Override
    public void close() {
        for (SampleSource source : sources) {
            try {
                source.stop();
            } catch (RuntimeException e) {
                LOG.error("stopping source {} failed", source.spec(), e);
            }
        }
    }
}

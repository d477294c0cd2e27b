package org.steadyhand.device;

/**
 * Anything that produces samples: a serial instrument, a HID device, a camera, a replay file, the
 * simulated rig. A source reports what happens to it through {@link SourceEvent}s on its own
 * thread; it never blocks on the listener for long, because the listener is the pipeline's
 * non-blocking publish.
 *
 * <p>Life cycle: {@link #start} once, then {@link #stop} (idempotent). Once started a source
 * emits {@link SourceEvent.Attached} before data, {@link SourceEvent.Detached} when its device goes
 * away (it may attach again later), and {@link SourceEvent.Failed} when it gives up.
 */
public interface SampleSource extends AutoCloseable {
    /** The spec this source was opened from, e.g. {@code sim:42}; names it in status and gaps. */
    String spec();

    /**
     * Starts producing events to {@code listener}; returns quickly (work runs on the source's own
     * thread).
     *
     * @throws DeviceException if the source cannot start at all (the port does not exist, ...)
     */
    void start(SourceListener listener) throws DeviceException;

    /** Stops producing; after this returns no more events are delivered. Safe to call twice. */
    void stop();

    @Override
    default void close() {
        stop();
    }
}

package org.steadyhand.device.camera;

/**
 * A camera that delivers frames: an MJPEG stream, a snapshot URL or a watched folder. It reconnects
 * by itself after failures. Life cycle: {@link #start} once, then {@link #stop} (idempotent).
 */
public interface FrameSource {
    /** Starts delivering to {@code listener} on the source's own thread; returns at once. */
    void start(FrameListener listener);

    /** Stops; after this returns no more calls reach the listener. Safe to call twice. */
    void stop();

    /** Frames that arrived but did not decode, since the start. */
    long skippedFrames();
}

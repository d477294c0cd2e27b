package org.steadyhand.device.camera;

/**
 * Receives what a {@link FrameSource} sees, all on the source's one thread; must return quickly.
 * Order: {@link #connected} before frames; {@link #disconnected} when the camera goes away (the
 * source retries and may call {@link #connected} again).
 */
public interface FrameListener {
    /** The camera (stream, snapshot URL, folder) answers; {@code description} names it. */
    void connected(String description);

    /** A frame that decoded. */
    void frameReceived(CameraFrame frame);

    /** Data that arrived as a frame but is not an image; it was counted and dropped. */
    void frameSkipped(String reason);

    /** The camera went away or cannot be reached; {@code reason} is one plain sentence. */
    void disconnected(String reason);

    /** The source gave up after an internal error and delivers nothing more; one plain sentence. */
    void failed(String message);
}

package org.steadyhand.device.camera;

import java.io.Closeable;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.GreyImage;
import org.steadyhand.device.WorkerThreads;

/**
 * The connect-read-retry loop the camera sources share. A subclass reads one connection's frames
 * in {@link #readFrames} and throws (or returns) when the connection ends; this class reports the
 * loss, waits with {@link Backoff} and tries again until stopped. Frames are decoded here, so
 * bytes that are not an image are counted and skipped with their reason, never passed on.
 *
 * <p>Threading: one platform daemon thread per source, started by {@link #start}; {@link #stop}
 * closes what the thread blocks on and waits for it, so nothing is delivered after it returns.
 */
abstract class RetryingFrameSource implements FrameSource {
    private static final Logger LOG = LoggerFactory.getLogger(RetryingFrameSource.class);

    /** What the user named, e.g. {@code camera http://cam/stream}, for messages. */
    final String what;

    private final LongSupplier nowNanos;
    private final Backoff backoff;
    private final AtomicLong skipped = new AtomicLong();
    private volatile boolean running;
    private volatile Closeable blockingOn = () -> {};
    private Thread thread; // guarded by this

    RetryingFrameSource(String what, LongSupplier nowNanos, Backoff backoff) {
        this.what = what;
        this.nowNanos = nowNanos;
        this.backoff = backoff;
    }

    /** What one connection delivers through. */
    final class Sink {
        private final FrameListener listener;
        private boolean connected;

        private Sink(FrameListener listener) {
            this.listener = listener;
        }

        void connected(String description) {
            if (!connected && running) {
                connected = true;
                listener.connected(description);
            }
        }

        /** Decodes {@code bytes}; delivers the frame or counts and reports the skip. */
        void frame(byte[] bytes, String name) {
            long at = nowNanos.getAsLong();
            GreyImage image;
            try {
                image = FrameDecoder.decode(bytes, name);
            } catch (BadInputException e) {
                skipped.incrementAndGet();
                if (running) {
                    listener.frameSkipped(e.getMessage());
                }
                return;
            }
            if (running) {
                listener.frameReceived(new CameraFrame(at, image));
            }
        }

        /** Registers what {@link #stop} must close to wake the reading thread. */
        void closeOnStop(Closeable closeable) {
            blockingOn = closeable;
            if (!running) {
                closeQuietly(closeable);
            }
        }

        boolean running() {
            return running;
        }
    }

    /**
     * Reads frames from one connection until it ends.
     *
     * @throws IOException when the camera cannot be reached or the connection breaks
     */
    abstract void readFrames(Sink sink) throws IOException, InterruptedException;

    @Override
    public final synchronized void start(FrameListener listener) {
        if (thread != null) {
            throw new IllegalStateException(what + " was already started");
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name(what).start(() -> runLogged(listener));
    }

    @Override
    public final void stop() {
        Thread reader;
        synchronized (this) {
            running = false;
            reader = thread;
        }
        closeQuietly(blockingOn);
        if (reader == null || reader == Thread.currentThread()) {
            return;
        }
        reader.interrupt();
        WorkerThreads.awaitEnd(reader);
    }

    @Override
    public final long skippedFrames() {
        return skipped.get();
    }

    private void runLogged(FrameListener listener) {
        try {
            run(listener);
        } catch (RuntimeException e) {
            LOG.error("{} stopped after an internal error", what, e);
            if (running) {
                listener.failed(what + " stopped after an internal error: " + e);
            }
        }
    }

    private void run(FrameListener listener) {
        Duration wait = backoff.first();
        while (running) {
            Sink sink = new Sink(listener);
            String reason;
            try {
                readFrames(sink);
                reason = what + " ended the stream";
            } catch (IOException e) {
                reason = describe(e);
            } catch (InterruptedException e) {
                break;
            } finally {
                closeQuietly(blockingOn);
            }
            if (!running) {
                break;
            }
            wait = sink.connected ? backoff.first() : wait;
            LOG.info("{}; retrying in {} ms", reason, wait.toMillis());
            listener.disconnected(reason + "; retrying");
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                break;
            }
            wait = backoff.after(wait);
        }
    }

    /** One plain sentence for a failure, naming the camera. */
    String describe(IOException e) {
        if (e instanceof ConnectException) {
            return what + " is unreachable (connection refused)";
        }
        if (e instanceof UnknownHostException) {
            return what + " is unreachable (unknown host " + e.getMessage() + ")";
        }
        if (e instanceof SocketTimeoutException) {
            return what + " stopped answering (timed out)";
        }
        String message = e.getMessage();
        return message != null && message.startsWith(what)
                ? message
                : what + " failed: " + (message == null ? e : message);
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing a camera connection failed", e);
        }
    }
}

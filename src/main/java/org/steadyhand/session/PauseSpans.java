package org.steadyhand.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steadyhand.core.Pause;

/**
 * The pauses of one recording, in session nanoseconds: closed spans plus at most one still open.
 * The recorder asks {@link #covers} for each sample and event, so data delivered late (the pipeline
 * lags the clock by a block or two) is judged by when it was measured, not when it arrived.
 *
 * <p>Thread-safe: the recording's controller opens and closes pauses while the delivery thread
 * reads. Reads take a volatile snapshot and never lock.
 */
final class PauseSpans {
    /** Spans as {start, end} pairs, end = {@link Long#MAX_VALUE} for the open one; replaced, never mutated. */
    private volatile long[] spans = new long[0];

    /**
     * Opens a pause at {@code atNanos}.
     *
     * @return false if a pause is already open (nothing changes)
     */
    synchronized boolean begin(long atNanos) {
        if (isOpen()) {
            return false;
        }
        long[] old = spans;
        if (old.length > 0 && atNanos < old[old.length - 1]) {
            throw new IllegalArgumentException(
                    "a pause cannot begin at " + atNanos + " ns, before the previous one ended");
        }
        long[] next = java.util.Arrays.copyOf(old, old.length + 2);
        next[old.length] = atNanos;
        next[old.length + 1] = Long.MAX_VALUE;
        spans = next;
        return true;
    }

    /** Closes the open pause at {@code atNanos} (not before it began); empty if none is open. */
    synchronized Optional<Pause> end(long atNanos) {
        if (!isOpen()) {
            return Optional.empty();
        }
        long[] next = spans.clone();
        long start = next[next.length - 2];
        next[next.length - 1] = Math.max(start, atNanos);
        spans = next;
        return Optional.of(new Pause(start, next[next.length - 1]));
    }

    boolean isOpen() {
        long[] s = spans;
        return s.length > 0 && s[s.length - 1] == Long.MAX_VALUE;
    }

    /** Whether session time {@code nanos} lies in a pause: start inclusive, end exclusive. */
    boolean covers(long nanos) {
        long[] s = spans;
        for (int i = s.length - 2; i >= 0; i -= 2) {
            if (nanos >= s[i]) {
                return nanos < s[i + 1];
            }
        }
        return false;
    }

    /** Paused time up to session time {@code nowNanos}, the open pause counted up to then. */
    long pausedNanosUntil(long nowNanos) {
        long[] s = spans;
        long total = 0;
        for (int i = 0; i < s.length; i += 2) {
            long end = Math.min(s[i + 1], nowNanos);
            total += Math.max(0, end - s[i]);
        }
        return total;
    }

    /** The closed pauses, oldest first. */
    List<Pause> closed() {
        long[] s = spans;
        List<Pause> closed = new ArrayList<>();
        for (int i = 0; i < s.length; i += 2) {
            if (s[i + 1] != Long.MAX_VALUE) {
                closed.add(new Pause(s[i], s[i + 1]));
            }
        }
        return closed;
    }
}

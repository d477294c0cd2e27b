package org.steadyhand.session;

import java.time.Instant;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.TimedEvent;

/**
 * Receives one session's data, with times already relative to the session start, and makes it
 * durable: implementations commit at least once per second, so a crash loses at most about a
 * second. Called from one thread (the recorder's pipeline thread) except {@link #flush}, which a
 * timer may call; implementations synchronise.
 */
public interface SessionSink {
    void blockReceived(SampleBlock block);

    void eventReceived(TimedEvent event);

    /** Commits what has been received; called at least once a second while recording. */
    void flush();

    /** Commits the rest and closes the session with its final status. */
    void finish(SessionStatus status, Instant endedAt, String message);
}

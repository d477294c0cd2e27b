package org.steadyhand.league.sync;

import java.time.Instant;
import java.util.Optional;

/**
 * What the league sync is doing, for the UI (plain values, no view-model): a snapshot published
 * after every change.
 *
 * @param pending scores queued and not yet acknowledged
 * @param sent scores the server acknowledged
 * @param rejected scores the server refused for good (see {@code lastError})
 * @param lastSuccess when the server last acknowledged a score
 * @param nextAttempt when the sender tries again after a failure
 */
public record SyncStatus(
        State state,
        long pending,
        long sent,
        long rejected,
        Optional<Instant> lastSuccess,
        Optional<String> lastError,
        Optional<Instant> nextAttempt) {
    public enum State {
        /** Not paired with a league server: scores wait in the outbox. */
        UNPAIRED,
        /** Nothing waiting; the last contact worked. */
        UP_TO_DATE,
        /** Sending queued scores. */
        SENDING,
        /** The server cannot be reached or failed; retrying with back-off. Scores wait safely. */
        OFFLINE,
        /** The server no longer accepts this workstation's refresh token: pair again. */
        PAIRING_REVOKED,
        STOPPED
    }
}

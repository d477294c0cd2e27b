package org.steadyhand.league.sync;

import java.io.IOException;
import org.steadyhand.store.OutboxEntry;

/**
 * The calls the sync client makes to a league server. {@link HttpLeagueApi} is the real one; an
 * {@link IOException} means the outcome is unknown (the server may or may not have stored the
 * score), which is safe because submissions are idempotent.
 */
public interface LeagueApi {
    /** What the server said about a submission. */
    sealed interface Reply permits Accepted, Refused, Unauthorized, TryLater {}

    /** Stored now, or stored before (a retry). */
    record Accepted(boolean duplicate) implements Reply {}

    /** Refused for good (4xx other than 401, 408 and 429): sending again cannot help. */
    record Refused(int status, String code, String message) implements Reply {}

    /** The access token is missing, expired or invalid: refresh it and send again. */
    record Unauthorized(String message) implements Reply {}

    /** The server is busy, rate-limiting or failing (429, 5xx): send again later. */
    record TryLater(int status, String message) implements Reply {}

    Reply submit(String accessToken, OutboxEntry entry) throws IOException, InterruptedException;

    /** A new access token for the refresh token; empty when the server no longer honours it. */
    java.util.Optional<String> refresh(String refreshToken) throws IOException, InterruptedException;
}

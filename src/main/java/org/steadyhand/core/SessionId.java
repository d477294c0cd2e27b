package org.steadyhand.core;

import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;

/**
 * Identity of a recorded session: a time-ordered UUID (version 7, RFC 9562), so ids sort by start
 * time and stay unique across workstations when scores are synced to the league server.
 */
public record SessionId(UUID value) implements Comparable<SessionId> {
    private static final Random RANDOM = new SecureRandom();

    public SessionId {
        if (value == null) {
            throw new IllegalArgumentException("session id must not be null");
        }
    }

    /** A new id for a session starting at {@code epochMillis}. */
    public static SessionId newId(long epochMillis) {
        return new SessionId(UuidV7.create(epochMillis, RANDOM));
    }

    public static SessionId parse(String text) {
        try {
            return new SessionId(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a session id");
        }
    }

    @Override
    public int compareTo(SessionId other) {
        return value.toString().compareTo(other.value.toString());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

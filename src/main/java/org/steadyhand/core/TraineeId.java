package org.steadyhand.core;

import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;

/** Identity of a trainee profile; stable across renames and unique across workstations. */
public record TraineeId(UUID value) {
    private static final Random RANDOM = new SecureRandom();

    public TraineeId {
        if (value == null) {
            throw new IllegalArgumentException("trainee id must not be null");
        }
    }

    public static TraineeId newId(long epochMillis) {
        return new TraineeId(UuidV7.create(epochMillis, RANDOM));
    }

    public static TraineeId parse(String text) {
        return new TraineeId(UUID.fromString(text.trim()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

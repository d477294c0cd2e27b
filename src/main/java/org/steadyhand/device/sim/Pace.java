package org.steadyhand.device.sim;

import java.util.Locale;
import org.steadyhand.core.BadInputException;

/** Whether the simulated rig keeps to the wall clock or runs as fast as its listener accepts. */
enum Pace {
    /** One sample per millisecond of the session clock, delivered about every 10 ms. */
    REALTIME,
    /** As fast as possible, for benchmarks and batch runs; sample times run ahead of the clock. */
    FAST;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads the {@code pace} option of a sim spec.
     *
     * @throws BadInputException naming the spec and the accepted values
     */
    static Pace parse(String specText, String value) {
        for (Pace pace : values()) {
            if (pace.id().equalsIgnoreCase(value)) {
                return pace;
            }
        }
        throw new BadInputException("source '" + specText + "': pace must be realtime or fast, got '" + value + "'");
    }
}

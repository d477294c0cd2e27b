package org.steadyhand.store;

import java.util.Locale;
import org.steadyhand.core.BadInputException;

/** File formats a session can be exported to. */
public enum ExportFormat {
    /** One row per sample or event value: {@code t_s,series,unit,value}. */
    CSV,
    /** The whole session with metadata, channels as arrays and events as objects. */
    JSON;

    public static ExportFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("unknown export format '" + text + "'; use csv or json");
        }
    }
}

package org.steadyhand.device.serial.protocol;

/** Kinds of bad input a decoder counts and skips. */
public enum DecodeProblem {
    /** Bytes that were not part of any frame or line (noise, a partial frame before a resync). */
    GARBAGE,
    /** A frame whose checksum did not match. */
    BAD_CHECKSUM,
    /** A line or frame that could not be parsed (wrong shape, text where a number belongs). */
    MALFORMED,
    /** A line longer than the protocol allows, dropped whole. */
    OVERLONG,
    /** Frames missing according to the sequence numbers (lost on the wire or in the OS buffer). */
    LOST_FRAMES,
    /** A well-formed reading in a unit or mode this version does not accept. */
    UNSUPPORTED,
    /**
     * A well-formed line that carries no reading: a status, debug or acknowledgement line an
     * instrument sends between readings (freETarget's trace and fault lines). Counted, not an error.
     */
    IGNORED
}

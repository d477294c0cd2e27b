package org.steadyhand.device.serial.protocol;

import org.steadyhand.core.TimedEvent;

/** Where a {@link SerialDecoder} delivers what it decoded; called on the decoder's thread. */
public interface DecodeSink {
    /**
     * One reading of every channel of the protocol at one instant.
     *
     * @param timeNanos session-clock time of the reading
     * @param values one value per channel of {@link SerialProtocol#channels()}, in the channel's
     *     unit; the array is reused by the decoder, so copy what you keep
     */
    void reading(long timeNanos, double[] values);

    /** A decoded event, e.g. a shot. */
    void event(TimedEvent event);

    /** Something the decoder dropped, in one line for the log and the status display. */
    void problem(DecodeProblem kind, String detail);
}

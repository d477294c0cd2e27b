package org.steadyhand.device.serial.protocol;

/**
 * A request an instrument answers with one reading, sent every {@code periodNanos}.
 *
 * @param bytes the request as sent, e.g. {@code "?\r"}; owned by this record, not modified
 * @param periodNanos interval between requests, &gt; 0
 */
public record PollCommand(byte[] bytes, long periodNanos) {
    public PollCommand {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("a poll command needs at least one byte");
        }
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("'periodNanos' must be > 0, got " + periodNanos);
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}

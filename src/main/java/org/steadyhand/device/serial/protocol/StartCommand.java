package org.steadyhand.device.serial.protocol;

/**
 * A message sent to an instrument once after each (re)connect, before it streams: e.g. an ANT
 * stick's reset and channel set-up.
 *
 * @param bytes the message as sent; owned by this record. May hold secrets (an ANT+ network key):
 *     never log it
 * @param waitAfterMillis pause before the next command, for an instrument that is busy after
 *     this one (an ANT stick after a reset), &gt;= 0
 * @param label what the command does, for logs and problems, without secret values
 */
public record StartCommand(byte[] bytes, long waitAfterMillis, String label) {
    public StartCommand {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("a start command needs at least one byte");
        }
        if (waitAfterMillis < 0) {
            throw new IllegalArgumentException("'waitAfterMillis' must be >= 0, got " + waitAfterMillis);
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "StartCommand[" + label + ", " + bytes.length + " bytes]";
    }
}

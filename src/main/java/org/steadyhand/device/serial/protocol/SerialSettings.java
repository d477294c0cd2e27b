package org.steadyhand.device.serial.protocol;

/**
 * Serial line settings.
 *
 * @param baud bits per second, &gt; 0
 * @param dataBits 5 to 8
 * @param parity none, odd, even, mark or space
 * @param stopBits 1 or 2 (1.5 is not offered: no supported instrument uses it)
 */
public record SerialSettings(int baud, int dataBits, Parity parity, int stopBits) {
    public enum Parity {
        NONE,
        ODD,
        EVEN,
        MARK,
        SPACE
    }

    public SerialSettings {
        if (baud <= 0) {
            throw new IllegalArgumentException("'baud' must be > 0, got " + baud);
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("'dataBits' must be 5..8, got " + dataBits);
        }
        if (stopBits != 1 && stopBits != 2) {
            throw new IllegalArgumentException("'stopBits' must be 1 or 2, got " + stopBits);
        }
        if (parity == null) {
            throw new IllegalArgumentException("'parity' is required");
        }
    }

    /** The common 8 data bits, no parity, 1 stop bit at {@code baud}. */
    public static SerialSettings eightNoneOne(int baud) {
        return new SerialSettings(baud, 8, Parity.NONE, 1);
    }

    public SerialSettings withBaud(int newBaud) {
        return new SerialSettings(newBaud, dataBits, parity, stopBits);
    }
}

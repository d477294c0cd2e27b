package org.steadyhand.device.serial;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A USB vendor and product id, written {@code vvvv:pppp} in lower-case hexadecimal as {@code lsusb}
 * and udev print them, e.g. {@code 10c4:ea60} for a CP210x adapter.
 *
 * @param vendorId 0..0xFFFF
 * @param productId 0..0xFFFF
 */
public record UsbId(int vendorId, int productId) {
    private static final Pattern TEXT = Pattern.compile("(?:0x)?([0-9a-fA-F]{1,4}):(?:0x)?([0-9a-fA-F]{1,4})");

    public UsbId {
        if (vendorId < 0 || vendorId > 0xFFFF || productId < 0 || productId > 0xFFFF) {
            throw new IllegalArgumentException(
                    "USB ids must be 0..ffff, got vendor " + vendorId + " and product " + productId);
        }
    }

    /**
     * Parses {@code vvvv:pppp} (hexadecimal, an optional {@code 0x} on each part).
     *
     * @throws IllegalArgumentException naming the text if it is not of that shape
     */
    public static UsbId parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a USB id; expected VID:PID in hex, e.g. 10c4:ea60");
        }
        return new UsbId(Integer.parseInt(m.group(1), 16), Integer.parseInt(m.group(2), 16));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04x:%04x", vendorId, productId);
    }
}

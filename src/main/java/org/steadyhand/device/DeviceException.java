package org.steadyhand.device;

/**
 * A device or source could not do what was asked; the message is a plain sentence for the user
 * that names the device and, where possible, what to do.
 */
public class DeviceException extends Exception {
    public DeviceException(String message) {
        super(message);
    }

    public DeviceException(String message, Throwable cause) {
        super(message, cause);
    }
}

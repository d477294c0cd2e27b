package org.steadyhand.ui.devices;

/** What sort of source a row of the Devices screen is; the screen shows {@link #label()}. */
public enum DeviceKind {
    SIMULATED("Simulated"),
    SERIAL("Serial"),
    HID("HID"),
    CAMERA("Camera"),
    OTHER("Other");

    private final String label;

    DeviceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind a source spec's scheme names. */
    public static DeviceKind ofSpec(String spec) {
        String scheme = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
        if (scheme.startsWith("sim")) {
            return SIMULATED;
        }
        return switch (scheme) {
            case "serial", "serial-replay" -> SERIAL;
            case "hid", "hid-replay" -> HID;
            case "camera" -> CAMERA;
            default -> OTHER;
        };
    }
}

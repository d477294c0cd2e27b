package org.steadyhand.ui.devices;

/**
 * One row of the Devices table: a seen source and, when it is the one opened, its status and
 * counters.
 *
 * @param status e.g. {@code Not open}, {@code Attached}, {@code Detached: ...}
 * @param readings samples received since it was opened; 0 when not open
 * @param problems status problems (detaches, failures) plus dropped input since it was opened
 * @param open whether this is the source opened for testing
 */
public record DeviceListing(SeenDevice device, String status, long readings, long problems, boolean open) {
    static final String NOT_OPEN = "Not open";

    public String kindText() {
        return device.kind().label();
    }

    public String profileText() {
        return device.profile().orElse("—");
    }

    public String specText() {
        return device.spec().orElse("no profile: add one to devices.json");
    }

    public String readingsText() {
        return open ? String.format("%,d", readings) : "—";
    }

    public String problemsText() {
        return open ? String.format("%,d", problems) : "—";
    }
}

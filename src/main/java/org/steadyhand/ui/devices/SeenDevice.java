package org.steadyhand.ui.devices;

import java.util.Map;
import java.util.Optional;

/**
 * A source the workstation can see now: a serial port, a HID device, a configured camera or the
 * simulated rig.
 *
 * <p>Invariants: name non-blank; description never null; renames copied and never null.
 *
 * @param name what identifies it to the user: a port path, a HID path, a camera spec, "sim"
 * @param description what the driver, USB descriptor or configuration calls it; may be empty
 * @param profile the name of the {@code devices.json} profile that matches it, if any
 * @param spec the source spec that opens it; empty when nothing knows how (a port with no profile)
 * @param renames the profile's channel renames (protocol channel name → rig channel name)
 */
public record SeenDevice(
        DeviceKind kind,
        String name,
        String description,
        Optional<String> profile,
        Optional<String> spec,
        Map<String, String> renames) {
    public SeenDevice {
        if (kind == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a seen device needs a kind and a name");
        }
        description = description == null ? "" : description;
        renames = Map.copyOf(renames);
    }

    /** A source known only by its spec (the simulated rig, a camera the user added). */
    public static SeenDevice ofSpec(String spec, String description) {
        return new SeenDevice(
                DeviceKind.ofSpec(spec), spec, description, Optional.empty(), Optional.of(spec), Map.of());
    }

    /** The key rows are matched by across refreshes: the spec if any, else the name. */
    public String key() {
        return spec.orElse(name);
    }
}

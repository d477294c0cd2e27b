package org.steadyhand.ui.devices;

import java.util.Map;
import java.util.TreeMap;
import org.steadyhand.core.BadInputException;

/**
 * Saving channel assignments as the {@code devices.json} profile's renames; run on the view-model's
 * background thread.
 */
final class RenameCommand {
    private RenameCommand() {}

    /**
     * @param chosen channel name as delivered now → rig channel; the profile's own renames are kept
     *     for channels not chosen, and a delivered name that is itself a rename is traced back to the
     *     protocol's name
     */
    static String save(OpenSource open, DevicesService service, Map<String, String> chosen) {
        SeenDevice device = open.device();
        if (device.profile().isEmpty()) {
            return "Only instruments with a devices.json profile can have their channels assigned; " + device.name()
                    + " has none.";
        }
        Map<String, String> renames = new TreeMap<>(device.renames());
        Map<String, String> protocolNameOf = new TreeMap<>();
        device.renames().forEach((from, to) -> protocolNameOf.put(to, from));
        chosen.forEach((delivered, rigChannel) -> {
            String protocolName = protocolNameOf.getOrDefault(delivered, delivered);
            if (rigChannel.isEmpty() || rigChannel.equals(protocolName)) {
                renames.remove(protocolName);
            } else {
                renames.put(protocolName, rigChannel);
            }
        });
        try {
            service.saveRenames(device.profile().get(), renames);
            return "Saved to profile '" + device.profile().get() + "': "
                    + (renames.isEmpty() ? "no renames" : renames.toString().replace("=", " → "))
                    + ". Press Test again to open it with the new names.";
        } catch (BadInputException e) {
            return "Not saved: " + e.getMessage();
        }
    }
}

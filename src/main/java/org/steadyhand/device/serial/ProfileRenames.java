package org.steadyhand.device.serial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.steadyhand.core.BadInputException;

/**
 * Rewrites the channel renames ({@code "channels": {...}}) of one profile in a {@code devices.json}
 * text, keeping every other key and profile as it was, so the Devices screen can assign an
 * instrument's channels to rig channels. The result is parsed again before it is returned, so a
 * rename the file would refuse is refused here and never written.
 */
public final class ProfileRenames {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProfileRenames() {}

    /**
     * @param profile the profile's name as {@link DeviceProfile#name()} gives it
     * @param renames protocol channel name → rig channel name; empty removes the renames
     * @param protocols protocol names this build knows, for the re-parse
     * @throws BadInputException if the text is not a profiles file, there is no such profile, or a
     *     name is invalid
     */
    public static String withRenames(
            String text, String profile, Map<String, String> renames, Collection<String> protocols) {
        DeviceProfiles before = DeviceProfiles.parse(text, DeviceProfiles.FILE_NAME, protocols);
        int index = -1;
        for (int i = 0; i < before.profiles().size(); i++) {
            if (before.profiles().get(i).name().equals(profile)) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            throw new BadInputException("no device profile named '" + profile + "' in " + DeviceProfiles.FILE_NAME);
        }
        try {
            JsonNode root = JSON.readTree(text);
            ObjectNode entry = (ObjectNode) root.get("devices").get(index);
            entry.remove("channels");
            if (!renames.isEmpty()) {
                ObjectNode channels = entry.putObject("channels");
                new TreeMap<>(renames).forEach(channels::put);
            }
            String written = JSON.writeValueAsString(root) + System.lineSeparator();
            DeviceProfiles.parse(written, DeviceProfiles.FILE_NAME, protocols);
            return written;
        } catch (JsonProcessingException e) {
            throw new BadInputException("cannot rewrite " + DeviceProfiles.FILE_NAME + ": " + e.getOriginalMessage());
        }
    }
}

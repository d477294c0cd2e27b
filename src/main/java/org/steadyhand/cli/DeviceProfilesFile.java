package org.steadyhand.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steadyhand.core.BadInputException;
import org.steadyhand.device.serial.DeviceProfile;
import org.steadyhand.device.serial.DeviceProfiles;
import org.steadyhand.device.serial.SerialPortInfo;
import org.steadyhand.device.serial.SerialPorts;
import org.steadyhand.device.serial.protocol.SerialProtocol;
import org.steadyhand.device.serial.protocol.SerialProtocols;

/**
 * Reads {@code devices.json} from the data folder and finds the instruments plugged in now that a
 * profile recognises; used by {@code steadyhand devices} and, through the app, by the rig screen.
 */
public final class DeviceProfilesFile {
    private DeviceProfilesFile() {}

    /** The profiles file of a data folder. */
    public static Path in(Path dataFolder) {
        return dataFolder.resolve(DeviceProfiles.FILE_NAME);
    }

    /**
     * The profiles in {@code file}; none if it does not exist.
     *
     * @throws BadInputException naming the file if it cannot be read or parsed
     */
    public static DeviceProfiles read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return DeviceProfiles.none();
        } catch (MalformedInputException e) {
            throw new BadInputException("device profiles file " + file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new BadInputException("cannot read device profiles file " + file + ": " + e.getMessage());
        }
        List<String> protocols =
                SerialProtocols.all().stream().map(SerialProtocol::name).toList();
        return DeviceProfiles.parse(text, file.toString(), protocols);
    }

    /** A port seen now and the profile that recognises it, if any. */
    public record SeenPort(SerialPortInfo port, Optional<DeviceProfile> profile) {
        /** The spec that opens the port as its profile says; empty without a profile. */
        public Optional<String> spec() {
            return profile.map(p -> p.specFor(port));
        }
    }

    /** The system's ports plus the profiles' paths that exist now, each with its matching profile. */
    public static List<SeenPort> scan(DeviceProfiles profiles, List<SerialPortInfo> systemPorts) {
        List<SerialPortInfo> ports = new ArrayList<>(systemPorts);
        for (String path : profiles.watchedPaths()) {
            if (SerialPorts.present(path) && ports.stream().noneMatch(p -> p.isNamed(path))) {
                ports.add(SerialPortInfo.ofPath(path));
            }
        }
        return ports.stream().map(p -> new SeenPort(p, profiles.match(p))).toList();
    }
}

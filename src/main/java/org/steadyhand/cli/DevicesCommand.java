package org.steadyhand.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.steadyhand.device.serial.DeviceProfiles;
import org.steadyhand.device.serial.SerialPorts;
import org.steadyhand.device.serial.UsbId;
import org.steadyhand.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code steadyhand devices}: the serial ports seen now and which instrument profile each matches. */
@Command(
        name = "devices",
        mixinStandardHelpOptions = true,
        description = "List serial ports seen now and the device profile (devices.json) and source spec each matches.")
final class DevicesCommand extends CommandBase implements Callable<Integer> {
    @Option(names = "--json", description = "Print the ports as JSON.")
    boolean json;

    DevicesCommand(CliServicesFactory services) {
        super(services);
    }

    @Override
    public Integer call() {
        Path file = DeviceProfilesFile.in(DataDirectory.resolve(dataFolder()));
        DeviceProfiles profiles = DeviceProfilesFile.read(file);
        List<DeviceProfilesFile.SeenPort> ports = DeviceProfilesFile.scan(profiles, SerialPorts.list());
        if (json) {
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("profiles_file", file.toString());
            output.put("profiles", profiles.profiles().size());
            output.put("ports", ports.stream().map(DevicesCommand::json).toList());
            out().println(Json.write(output));
        } else {
            if (ports.isEmpty()) {
                out().println("No serial ports found.");
            }
            for (DeviceProfilesFile.SeenPort seen : ports) {
                out().printf(
                                "%-14s %-22s %-9s %-12s %s%n",
                                seen.port().name(),
                                seen.port().path(),
                                seen.port().usbId().map(UsbId::toString).orElse("-"),
                                seen.port().serialNumber().orElse("-"),
                                seen.port().description().isEmpty()
                                        ? "-"
                                        : seen.port().description());
                seen.profile()
                        .ifPresent(p -> out().printf(
                                        "    profile '%s': %s%n",
                                        p.name(), seen.spec().orElseThrow()));
            }
            out().printf(
                            "Profiles: %s (%d %s)%n",
                            file,
                            profiles.profiles().size(),
                            profiles.profiles().size() == 1 ? "device" : "devices");
        }
        out().flush();
        return 0;
    }

    private static Map<String, Object> json(DeviceProfilesFile.SeenPort seen) {
        Map<String, Object> port = new LinkedHashMap<>();
        port.put("name", seen.port().name());
        port.put("path", seen.port().path());
        port.put("description", seen.port().description());
        port.put("vid_pid", seen.port().usbId().map(UsbId::toString).orElse(null));
        port.put("serial_number", seen.port().serialNumber().orElse(null));
        port.put("profile", seen.profile().map(p -> p.name()).orElse(null));
        port.put("spec", seen.spec().orElse(null));
        return port;
    }
}

package org.steadyhand.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.steadyhand.device.DeviceException;
import org.steadyhand.device.hid.HidDeviceInfo;
import org.steadyhand.device.hid.HidDevices;
import org.steadyhand.device.serial.DeviceProfiles;
import org.steadyhand.device.serial.SerialPorts;
import org.steadyhand.device.serial.UsbId;
import org.steadyhand.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code steadyhand devices}: the serial ports seen now and which instrument profile each matches,
 * and the USB HID devices attached now with the source spec that opens each.
 */
@Command(
        name = "devices",
        mixinStandardHelpOptions = true,
        description = "List serial ports seen now with the device profile (devices.json) and source spec each matches,"
                + " and the HID devices attached now with their source spec.")
final class DevicesCommand extends CommandBase implements Callable<Integer> {
    @Option(names = "--json", description = "Print the ports as JSON.")
    boolean json;

    DevicesCommand(CliServicesFactory services) {
        super(services);
    }

    @Override
    public Integer call() throws DeviceException {
        Path file = DeviceProfilesFile.in(DataDirectory.resolve(dataFolder()));
        DeviceProfiles profiles = DeviceProfilesFile.read(file);
        List<DeviceProfilesFile.SeenPort> ports = DeviceProfilesFile.scan(profiles, SerialPorts.list());
        List<HidDeviceInfo> hidDevices = HidDevices.attached();
        if (json) {
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("profiles_file", file.toString());
            output.put("profiles", profiles.profiles().size());
            output.put("ports", ports.stream().map(DevicesCommand::json).toList());
            output.put(
                    "hid_devices", hidDevices.stream().map(DevicesCommand::json).toList());
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
            printHid(hidDevices);
        }
        out().flush();
        return 0;
    }

    private void printHid(List<HidDeviceInfo> devices) {
        if (devices.isEmpty()) {
            out().println("No HID devices found (or none this user may open; see drivers/linux/HID.md).");
        }
        for (HidDeviceInfo device : devices) {
            out().printf(
                            "%-24s %-18s %s %s%n",
                            device.sourceSpec(), device.path(), device.manufacturer(), device.product());
        }
    }

    private static Map<String, Object> json(HidDeviceInfo device) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("spec", device.sourceSpec());
        json.put("vid_pid", String.format("%04x:%04x", device.vendorId(), device.productId()));
        json.put("serial_number", device.serialNumber().isEmpty() ? null : device.serialNumber());
        json.put("manufacturer", device.manufacturer());
        json.put("product", device.product());
        json.put("path", device.path());
        json.put("usage_page", device.usagePage());
        json.put("usage", device.usage());
        return json;
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

package org.steadyhand.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steadyhand.analysis.path.PenArea;
import org.steadyhand.cli.DeviceProfilesFile;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.SessionClock;
import org.steadyhand.device.DeviceException;
import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceRegistry;
import org.steadyhand.device.hid.HidDeviceInfo;
import org.steadyhand.device.hid.HidDevices;
import org.steadyhand.device.serial.DeviceProfiles;
import org.steadyhand.device.serial.ProfileRenames;
import org.steadyhand.device.serial.SerialPortInfo;
import org.steadyhand.device.serial.SerialPorts;
import org.steadyhand.device.serial.SerialSource;
import org.steadyhand.device.serial.protocol.SerialProtocol;
import org.steadyhand.device.serial.protocol.SerialProtocols;
import org.steadyhand.store.DeviceCalibration;
import org.steadyhand.store.DeviceCalibrations;
import org.steadyhand.store.PenAreas;
import org.steadyhand.store.StoredPenArea;
import org.steadyhand.ui.devices.DeviceKind;
import org.steadyhand.ui.devices.DevicesService;
import org.steadyhand.ui.devices.SeenDevice;

/**
 * The Devices screen's service over the real enumerations (jSerialComm ports matched against {@code
 * devices.json}, hid4java devices), the source registry and the store. Sources open with the
 * {@value #PREVIEW_MODULE} module, so the simulated rig acts out a task with a force channel.
 * Thread-safe: it keeps no state of its own but the profiles file, which only the Devices screen
 * writes, one write at a time.
 */
public final class WorkstationDevices implements DevicesService {
    static final String PREVIEW_MODULE = "forceps";

    private final Path dataFolder;
    private final SourceRegistry registry;
    private final List<String> configuredSpecs;
    private final DeviceCalibrations calibrations;
    private final PenAreas penAreas;
    private final Clock clock;
    private final boolean listHid;

    /**
     * @param configuredSpecs the rig's sources; the simulated rig and cameras among them are listed
     * @param listHid whether to enumerate HID devices (off in tests, where the HID library may be absent)
     */
    public WorkstationDevices(
            Path dataFolder,
            SourceRegistry registry,
            List<String> configuredSpecs,
            DeviceCalibrations calibrations,
            PenAreas penAreas,
            Clock clock,
            boolean listHid) {
        this.dataFolder = dataFolder;
        this.registry = registry;
        this.configuredSpecs = List.copyOf(configuredSpecs);
        this.calibrations = calibrations;
        this.penAreas = penAreas;
        this.clock = clock;
        this.listHid = listHid;
    }

    @Override
    public List<SeenDevice> scan() {
        List<SeenDevice> seen = new ArrayList<>();
        Set<String> specs = new LinkedHashSet<>();
        specs.add("sim");
        configuredSpecs.stream()
                .filter(spec -> spec.startsWith("sim") || spec.startsWith("camera:"))
                .forEach(specs::add);
        for (String spec : specs) {
            seen.add(SeenDevice.ofSpec(
                    spec, spec.startsWith("sim") ? "the simulated rig (forceps task)" : "configured camera"));
        }
        DeviceProfiles profiles = DeviceProfiles.none();
        try {
            profiles = DeviceProfilesFile.read(DeviceProfilesFile.in(dataFolder));
        } catch (BadInputException e) {
            // The ports are still worth seeing; the row says why none matches a profile.
            seen.add(problem(DeviceKind.SERIAL, DeviceProfiles.FILE_NAME, e.getMessage()));
        }
        for (DeviceProfilesFile.SeenPort port : DeviceProfilesFile.scan(profiles, SerialPorts.list())) {
            seen.add(serialRow(port));
        }
        if (listHid) {
            addHid(seen);
        }
        return seen;
    }

    private static SeenDevice problem(DeviceKind kind, String name, String message) {
        return new SeenDevice(kind, name, message, Optional.empty(), Optional.empty(), Map.of());
    }

    /** The HID devices, or one row saying why they cannot be listed (the other kinds still are). */
    private static void addHid(List<SeenDevice> seen) {
        List<HidDeviceInfo> attached;
        try {
            attached = HidDevices.attached();
        } catch (DeviceException e) {
            seen.add(problem(DeviceKind.HID, "HID devices", "cannot be listed: " + e.getMessage()));
            return;
        }
        for (HidDeviceInfo hid : attached) {
            seen.add(new SeenDevice(
                    DeviceKind.HID,
                    hid.path(),
                    (hid.manufacturer() + " " + hid.product()).strip()
                            + String.format(" (%04x:%04x)", hid.vendorId(), hid.productId()),
                    Optional.empty(),
                    Optional.of(hid.sourceSpec()),
                    Map.of()));
        }
    }

    private static SeenDevice serialRow(DeviceProfilesFile.SeenPort seen) {
        SerialPortInfo port = seen.port();
        String description = port.description()
                + port.usbId()
                        .map(id -> (port.description().isEmpty() ? "" : " ") + "(" + id + ")")
                        .orElse("");
        return new SeenDevice(
                DeviceKind.SERIAL,
                port.path(),
                description,
                seen.profile().map(p -> p.name()),
                seen.spec(),
                seen.profile().map(p -> p.renames()).orElse(Map.of()));
    }

    @Override
    public SampleSource open(String spec) {
        return registry.open(spec, new SourceContext(SessionClock.startNow(), PREVIEW_MODULE));
    }

    @Override
    public long droppedInput(SampleSource source) {
        if (source instanceof SerialSource serial) {
            return serial.status().problems().values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
        return 0;
    }

    @Override
    public Optional<DeviceCalibration> calibration(String deviceId, String channelName) {
        return calibrations.find(deviceId, channelName);
    }

    @Override
    public void saveCalibration(DeviceCalibration calibration) {
        calibrations.save(calibration);
    }

    @Override
    public Optional<StoredPenArea> penArea(String deviceId) {
        return penAreas.find(deviceId);
    }

    @Override
    public void savePenArea(String deviceId, PenArea area) {
        penAreas.save(new StoredPenArea(deviceId, area, clock.instant()));
    }

    @Override
    public synchronized void saveRenames(String profile, Map<String, String> renames) {
        Path file = DeviceProfilesFile.in(dataFolder);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> protocols =
                    SerialProtocols.all().stream().map(SerialProtocol::name).toList();
            String written = ProfileRenames.withRenames(text, profile, renames, protocols);
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, written, StandardCharsets.UTF_8);
            Files.move(
                    temporary,
                    file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + file + ": " + e.getMessage());
        }
    }
}

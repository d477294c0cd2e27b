package org.steadyhand.ui.devices;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.core.BadInputException;
import org.steadyhand.device.DeviceException;
import org.steadyhand.store.StoreException;

/**
 * The slow half of the Devices screen: scanning, opening and closing the tested source, and the
 * calibration and assignment commands. Every method runs on the view-model's one background thread,
 * one at a time, so the open source is never touched from two threads. Commands return the sentence
 * to show the user.
 */
final class DevicesBackend {
    private static final Logger LOG = LoggerFactory.getLogger(DevicesBackend.class);

    private final DevicesService service;
    private final Clock clock;
    private final LiveTexts texts;
    private final ForceCalibrationSteps steps = new ForceCalibrationSteps();
    private final Set<String> addedSpecs = new LinkedHashSet<>();
    private List<SeenDevice> seen = List.of();
    private String scanProblem = "";
    private Optional<OpenSource> open = Optional.empty();

    DevicesBackend(DevicesService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        this.texts = new LiveTexts(clock);
    }

    void addSpec(String spec) {
        addedSpecs.add(spec);
        scan();
    }

    void scan() {
        try {
            List<SeenDevice> found = new ArrayList<>(service.scan());
            for (String spec : addedSpecs) {
                if (found.stream().noneMatch(d -> d.key().equals(spec))) {
                    found.add(SeenDevice.ofSpec(spec, "added by hand"));
                }
            }
            seen = List.copyOf(found);
            scanProblem = "";
        } catch (DeviceException | BadInputException e) {
            LOG.warn("listing devices failed: {}", e.getMessage());
            scanProblem = e.getMessage();
        } catch (RuntimeException e) {
            LOG.error("listing devices failed", e);
            scanProblem = "listing devices failed: " + e.getMessage();
        }
    }

    /** Opens {@code device} in place of the source open before; returns what went wrong, if anything. */
    String open(SeenDevice device) {
        close();
        try {
            OpenSource opened =
                    new OpenSource(device, service.open(device.spec().orElseThrow()));
            open = Optional.of(opened);
            try {
                opened.source().start(opened.preview());
            } catch (DeviceException e) {
                opened.preview().failedToStart(e.getMessage());
            }
            opened.penArea(service.penArea(opened.deviceId()));
            return "";
        } catch (BadInputException | StoreException e) {
            return e.getMessage();
        }
    }

    void close() {
        open.ifPresent(source -> source.source().stop());
        open = Optional.empty();
    }

    /** What the screen shows now. */
    LiveTexts.Shown shown() {
        return texts.shown(seen, scanProblem, open, service);
    }

    String calibrate(CalibrationCommand command) {
        return open.map(o -> CalibrationCommand.run(command, o, steps, service, clock))
                .orElse("Open a source with a force channel first.");
    }

    String penCorner() {
        return open.map(o -> PenAreaCommand.corner(o, service, clock)).orElse("Open a digitizer first.");
    }

    String enterPenArea(String left, String top, String right, String bottom) {
        return open.map(o -> PenAreaCommand.entered(o, service, clock, left, top, right, bottom))
                .orElse("Open a digitizer first.");
    }

    String saveAssignments(Map<String, String> chosen) {
        return open.map(o -> RenameCommand.save(o, service, chosen)).orElse("Open a source first.");
    }
}

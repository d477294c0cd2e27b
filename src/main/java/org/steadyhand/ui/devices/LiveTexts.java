package org.steadyhand.ui.devices;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steadyhand.core.ChannelNames;
import org.steadyhand.core.Unit;
import org.steadyhand.store.DeviceCalibration;
import org.steadyhand.store.StoredPenArea;

/**
 * Turns the scan and the open source into what the Devices screen shows, with the stored force
 * calibrations and pen area applied to the live values. Runs on the view-model's background thread
 * (it reads calibrations from the store the first time a channel shows up).
 */
final class LiveTexts {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Clock clock;

    LiveTexts(Clock clock) {
        this.clock = clock;
    }

    /** Everything the screen shows at one moment. */
    record Shown(
            List<DeviceListing> listings,
            List<ChannelRow> channels,
            String listingText,
            String openText,
            Map<String, String> calibrationTexts,
            Optional<String> defaultCalibrationChannel,
            String penAreaText) {}

    /** Whether Zero / Known weight apply to a channel of this unit: force, or an uncalibrated pressure. */
    static boolean calibratable(Unit unit) {
        return unit == Unit.MILLINEWTON || unit == Unit.NORMALISED;
    }

    Shown shown(List<SeenDevice> seen, String scanProblem, Optional<OpenSource> open, DevicesService service) {
        Optional<SourcePreview.Snapshot> snapshot = open.map(o -> o.preview().snapshot());
        List<DeviceListing> listings = new ArrayList<>();
        boolean openListed = false;
        for (SeenDevice device : seen) {
            if (open.isPresent() && open.get().device().key().equals(device.key())) {
                listings.add(openListing(device, open.get(), snapshot.orElseThrow(), service));
                openListed = true;
            } else {
                listings.add(new DeviceListing(device, DeviceListing.NOT_OPEN, 0, 0, false));
            }
        }
        if (open.isPresent() && !openListed) {
            // An unplugged port drops out of the scan; its row stays while it is open so "Detached" shows.
            listings.add(openListing(open.get().device(), open.get(), snapshot.orElseThrow(), service));
        }
        String listingText = scanProblem.isEmpty()
                ? (seen.size() == 1 ? "1 source seen" : seen.size() + " sources seen") + ", updated "
                        + TIME.format(clock.instant().atZone(ZoneId.systemDefault()))
                : "Devices could not be listed: " + scanProblem;
        if (open.isEmpty()) {
            return new Shown(
                    listings,
                    List.of(),
                    listingText,
                    "Nothing open. Choose a source and press Test to see its channels.",
                    Map.of(),
                    Optional.empty(),
                    "");
        }
        return withChannels(listings, listingText, open.get(), snapshot.orElseThrow(), service);
    }

    private Shown withChannels(
            List<DeviceListing> listings,
            String listingText,
            OpenSource open,
            SourcePreview.Snapshot snapshot,
            DevicesService service) {
        List<ChannelRow> rows = new ArrayList<>();
        Map<String, String> calibrationTexts = new LinkedHashMap<>();
        Optional<String> firstForce = Optional.empty();
        Optional<StoredPenArea> area = open.penArea();
        for (ChannelSnapshot channel : snapshot.channels()) {
            String name = channel.channel().name();
            Unit unit = channel.channel().unit();
            Optional<DeviceCalibration> calibration = Optional.empty();
            if (calibratable(unit)) {
                calibration = open.calibrations().computeIfAbsent(name, n -> service.calibration(open.deviceId(), n));
                calibrationTexts.put(name, calibrationText(calibration));
                firstForce = firstForce.or(() -> Optional.of(name));
            }
            Optional<DeviceCalibration> applied = calibration;
            String raw = channel.latestRaw()
                    .map(v -> number(v) + " " + unit.symbol())
                    .orElse("—");
            String value = channel.latestRaw()
                    .map(v -> applied.isPresent()
                            ? number(applied.get().calibration().apply(v)) + " mN"
                            : penMapped(name, v, area)
                                    .map(mm -> number(mm) + " mm")
                                    .orElse(number(v) + " " + unit.symbol()))
                    .orElse("—");
            rows.add(new ChannelRow(name, unit.symbol(), channel.channel().nominalRateHz(), raw, value, name));
        }
        String openText = open.device().name() + ": " + snapshot.status().text() + " · "
                + String.format("%,d readings · %,d problems", snapshot.readings(), problems(open, snapshot, service));
        String penText = area.map(a -> String.format(
                        "Working area %.1f × %.1f mm from (%.1f, %.1f) mm on the tablet, set %s",
                        a.area().widthMm(),
                        a.area().heightMm(),
                        a.area().leftMm(),
                        a.area().topMm(),
                        DATE_TIME.format(a.calibratedAt().atZone(ZoneId.systemDefault()))))
                .orElse("No working area set: the pen's tablet millimetres are used as they are.");
        return new Shown(listings, rows, listingText, openText, calibrationTexts, firstForce, penText);
    }

    private static Optional<Double> penMapped(String channel, double value, Optional<StoredPenArea> area) {
        if (area.isEmpty()) {
            return Optional.empty();
        }
        return switch (channel) {
            case ChannelNames.TIP_X -> Optional.of(area.get().area().mapX(value));
            case ChannelNames.TIP_Y -> Optional.of(area.get().area().mapY(value));
            default -> Optional.empty();
        };
    }

    private static long problems(OpenSource open, SourcePreview.Snapshot snapshot, DevicesService service) {
        return snapshot.statusProblems() + service.droppedInput(open.source());
    }

    private DeviceListing openListing(
            SeenDevice device, OpenSource open, SourcePreview.Snapshot snapshot, DevicesService service) {
        return new DeviceListing(
                device, snapshot.status().text(), snapshot.readings(), problems(open, snapshot, service), true);
    }

    private static String calibrationText(Optional<DeviceCalibration> calibration) {
        return calibration
                .map(c -> String.format(
                        "Zero %s %s · scale %.6g mN per %s · calibrated %s%s",
                        number(c.calibration().zeroOffset()),
                        c.rawUnit(),
                        c.calibration().scaleMilliNewtonsPerRawUnit(),
                        c.rawUnit(),
                        DATE_TIME.format(c.calibratedAt().atZone(ZoneId.systemDefault())),
                        c.referenceMassGrams().isPresent()
                                ? String.format(
                                        " with %.4g g", c.referenceMassGrams().getAsDouble())
                                : ""))
                .orElse("Not calibrated: values are shown as the sensor sends them.");
    }

    static String number(double value) {
        return Double.isFinite(value) ? String.format("%.3f", value) : "not a number";
    }
}

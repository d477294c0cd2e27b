package org.steadyhand.ui.devices;

import java.time.Clock;
import java.util.Optional;
import org.steadyhand.core.BadInputException;
import org.steadyhand.store.DeviceCalibration;
import org.steadyhand.store.StoreException;

/** A force-calibration step asked for on the Devices screen; run on the view-model's background thread. */
sealed interface CalibrationCommand {
    String channel();

    /** Nothing on the sensor. */
    record Zero(String channel) implements CalibrationCommand {}

    /** {@code grams} on the sensor. */
    record KnownWeight(String channel, double grams) implements CalibrationCommand {}

    /** Runs the step on the open source's last second of readings; returns what to tell the user. */
    static String run(
            CalibrationCommand command,
            OpenSource open,
            ForceCalibrationSteps steps,
            DevicesService service,
            Clock clock) {
        Optional<ChannelSnapshot> channel = open.preview().snapshot().channels().stream()
                .filter(c -> c.channel().name().equals(command.channel()))
                .findFirst();
        if (channel.isEmpty() || !LiveTexts.calibratable(channel.get().channel().unit())) {
            return "Choose a force channel of the open source to calibrate.";
        }
        ChannelSnapshot readings = channel.get();
        try {
            Optional<DeviceCalibration> stored = switch (command) {
                case Zero zero ->
                    steps.zero(
                            open.deviceId(),
                            zero.channel(),
                            readings.channel().unit(),
                            readings.recentRaw(),
                            open.calibrations()
                                    .computeIfAbsent(zero.channel(), n -> service.calibration(open.deviceId(), n)),
                            clock.instant());
                case KnownWeight weight ->
                    Optional.of(steps.knownWeight(
                            open.deviceId(),
                            weight.channel(),
                            readings.channel().unit(),
                            readings.recentRaw(),
                            weight.grams(),
                            clock.instant()));
            };
            if (stored.isEmpty()) {
                return "Zero taken for " + command.channel() + ". Now put the known mass on the sensor, enter it"
                        + " and press Known weight.";
            }
            service.saveCalibration(stored.get());
            open.calibrations().put(command.channel(), stored);
            return switch (command) {
                case Zero zero ->
                    "Zeroed " + zero.channel() + " at "
                            + LiveTexts.number(stored.get().calibration().zeroOffset()) + " "
                            + stored.get().rawUnit() + " and stored.";
                case KnownWeight weight ->
                    String.format(
                            "Calibrated %s with %.4g g: %.6g mN per %s, stored.",
                            weight.channel(),
                            weight.grams(),
                            stored.get().calibration().scaleMilliNewtonsPerRawUnit(),
                            stored.get().rawUnit());
            };
        } catch (BadInputException | StoreException e) {
            return "Not calibrated: " + e.getMessage();
        }
    }
}

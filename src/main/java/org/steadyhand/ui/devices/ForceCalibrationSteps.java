package org.steadyhand.ui.devices;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.steadyhand.analysis.force.ForceCalibration;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.Unit;
import org.steadyhand.store.DeviceCalibration;

/**
 * The known-weight procedure of the Devices screen, one channel at a time: "Zero" with nothing on
 * the sensor, then "Known weight" with a mass on it. Zero alone re-zeroes a sensor whose scale is
 * known (it reports mN, or it was calibrated before) and keeps that scale; the known-weight step
 * uses {@link ForceCalibration#fromKnownWeight} with the zero readings, so it refuses unstable
 * readings with that method's message.
 *
 * <p>Not thread-safe: the view-model calls it on its one background thread.
 */
final class ForceCalibrationSteps {
    /**
     * Most a zero's readings may spread (sample standard deviation), mN: a tenth of 7.5 mN, below
     * which 75% of retinal manipulation forces lie (DOMAIN.md, "Instrument force"). A zero that
     * wobbles more would shift the working range by a visible part of itself.
     */
    static final double MAX_ZERO_SPREAD_MILLI_NEWTONS = 0.75;

    private String pendingKey = "";
    private double[] pendingUnloaded = new double[0];

    /**
     * Takes {@code readings} as the unloaded set of {@code channel}; returns the re-zeroed
     * calibration to store when the scale is known, else empty (a known weight must follow).
     *
     * @throws BadInputException if there are too few readings, a non-number, or they are unstable
     */
    Optional<DeviceCalibration> zero(
            String deviceId,
            String channel,
            Unit unit,
            double[] readings,
            Optional<DeviceCalibration> previous,
            Instant now) {
        requireReadings(readings);
        OptionalDouble knownScale = previous.map(
                        p -> OptionalDouble.of(p.calibration().scaleMilliNewtonsPerRawUnit()))
                .orElse(unit == Unit.MILLINEWTON ? OptionalDouble.of(1.0) : OptionalDouble.empty());
        double spread = standardDeviation(readings);
        if (knownScale.isPresent()) {
            double spreadMilliNewtons = spread * Math.abs(knownScale.getAsDouble());
            if (spreadMilliNewtons > MAX_ZERO_SPREAD_MILLI_NEWTONS) {
                throw new BadInputException(String.format(
                        "the readings are unstable: standard deviation %.4g mN, but at most %.2f mN is allowed for"
                                + " a zero; take everything off the sensor and let it settle",
                        spreadMilliNewtons, MAX_ZERO_SPREAD_MILLI_NEWTONS));
            }
        }
        pendingKey = deviceId + "\n" + channel;
        pendingUnloaded = readings.clone();
        if (knownScale.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DeviceCalibration(
                deviceId,
                channel,
                new ForceCalibration(mean(readings), knownScale.getAsDouble()),
                previous.map(DeviceCalibration::referenceMassGrams).orElse(OptionalDouble.empty()),
                unit.symbol(),
                now));
    }

    /**
     * Calibrates {@code channel} from the zero taken before and {@code loaded} with {@code grams}
     * on the sensor.
     *
     * @throws BadInputException if no zero was taken for this channel, or as {@link
     *     ForceCalibration#fromKnownWeight} refuses the readings
     */
    DeviceCalibration knownWeight(
            String deviceId, String channel, Unit unit, double[] loaded, double grams, Instant now) {
        if (!pendingKey.equals(deviceId + "\n" + channel)) {
            throw new BadInputException("press Zero with nothing on the sensor first, then put the weight on");
        }
        ForceCalibration calibration = ForceCalibration.fromKnownWeight(pendingUnloaded, loaded, grams);
        return new DeviceCalibration(deviceId, channel, calibration, OptionalDouble.of(grams), unit.symbol(), now);
    }

    private static void requireReadings(double[] readings) {
        if (readings.length < 2) {
            throw new BadInputException(
                    "need at least 2 readings to check they are stable, got " + readings.length + "; wait for data");
        }
        for (double reading : readings) {
            if (!Double.isFinite(reading)) {
                throw new BadInputException("a reading is not a number (" + reading + "); check the sensor");
            }
        }
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double standardDeviation(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }
}

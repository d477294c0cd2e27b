package org.steadyhand.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.analysis.force.ForceCalibration;
import org.steadyhand.analysis.path.PenArea;
import org.steadyhand.core.SessionClock;
import org.steadyhand.core.Unit;
import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceSpec;
import org.steadyhand.device.sim.SimulatedRigFactory;

/**
 * Stored calibrations applied to a live source: the simulated rig at fast pace (its values depend
 * only on the seed), read once raw and once through {@link CalibratedSource} on a real H2 file.
 */
class CalibratedSourceTest {
    private static final String SPEC = "sim:7?pace=fast";
    private static final int SAMPLES = 2_000;

    @TempDir
    Path dataFolder;

    @Test
    void storedZeroAndScaleTurnTheSimulatedForceIntoCalibratedMilliNewtons() throws Exception {
        try (Database database = Database.open(dataFolder)) {
            new DeviceCalibrations(database)
                    .save(new DeviceCalibration(
                            "sim:7",
                            "tip_force",
                            new ForceCalibration(0.25, 2.0),
                            OptionalDouble.of(50),
                            "mN",
                            Instant.parse("2026-11-22T04:00:00Z")));
            new PenAreas(database)
                    .save(new StoredPenArea(
                            "sim:7", new PenArea(10, 20, 160, 120), Instant.parse("2026-11-22T04:00:00Z")));
        }

        Map<String, List<Double>> raw = read(plain());
        Map<String, List<Double>> calibrated;
        try (Database reopened = Database.open(dataFolder)) {
            calibrated = read(new CalibratedSource(plain(), new DeviceCalibrations(reopened), new PenAreas(reopened)));
        }

        for (int i = 0; i < SAMPLES; i++) {
            assertThat(calibrated.get("tip_force").get(i))
                    .isCloseTo((raw.get("tip_force").get(i) - 0.25) * 2.0, within(1e-12));
            assertThat(calibrated.get("tip_x").get(i))
                    .isCloseTo(raw.get("tip_x").get(i) - 10, within(1e-12));
            assertThat(calibrated.get("tip_y").get(i))
                    .isCloseTo(raw.get("tip_y").get(i) - 20, within(1e-12));
            assertThat(calibrated.get("tip_z").get(i))
                    .isEqualTo(raw.get("tip_z").get(i));
        }
    }

    @Test
    void aSourceWithNothingStoredPassesThroughUnchanged() throws Exception {
        Map<String, List<Double>> calibrated;
        try (Database database = Database.open(dataFolder)) {
            calibrated = read(new CalibratedSource(plain(), new DeviceCalibrations(database), new PenAreas(database)));
        }
        assertThat(calibrated).isEqualTo(read(plain()));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            serial:mark10:/dev/ttyUSB0?baud=9600&rename=tip_force:f2 | serial:mark10:/dev/ttyUSB0
            sim:7?skill=novice                                     | sim:7
            hid:056a:0061                                          | hid:056a:0061
            camera:snapshot:http://cam/shot.jpg?size=large         | camera:snapshot:http://cam/shot.jpg?size=large
            """, delimiter = '|')
    void deviceIdIsTheSpecWithoutItsOptions(String spec, String deviceId) {
        assertThat(DeviceCalibration.deviceIdOf(spec)).isEqualTo(deviceId);
    }

    private static SampleSource plain() {
        return new SimulatedRigFactory()
                .create(SourceSpec.parse(SPEC), new SourceContext(SessionClock.startNow(), "forceps"));
    }

    /** The first {@value #SAMPLES} values of each channel; checks force arrives in mN. */
    private static Map<String, List<Double>> read(SampleSource source) throws Exception {
        Map<String, List<Double>> values = new java.util.TreeMap<>();
        CountDownLatch enough = new CountDownLatch(1);
        source.start(event -> {
            if (event instanceof SourceEvent.BlockReceived received) {
                synchronized (values) {
                    List<Double> channel =
                            values.computeIfAbsent(received.block().channel().name(), n -> new ArrayList<>());
                    if (received.block().channel().name().equals("tip_force")) {
                        assertThat(received.block().channel().unit()).isEqualTo(Unit.MILLINEWTON);
                    }
                    for (double value : received.block().values()) {
                        channel.add(value);
                    }
                    if (values.values().stream().allMatch(list -> list.size() >= SAMPLES) && values.size() == 5) {
                        enough.countDown();
                    }
                }
            }
        });
        try {
            assertThat(enough.await(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            source.stop();
        }
        synchronized (values) {
            Map<String, List<Double>> first = new java.util.TreeMap<>();
            values.forEach((name, list) -> first.put(name, List.copyOf(list.subList(0, SAMPLES))));
            return first;
        }
    }
}

package org.steadyhand.ui.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steadyhand.ui.FxWaits.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.app.WorkstationDevices;
import org.steadyhand.device.SourceRegistry;
import org.steadyhand.device.serial.DeviceProfiles;
import org.steadyhand.device.serial.SerialSourceFactory;
import org.steadyhand.device.serial.VirtualSerialPort;
import org.steadyhand.device.serial.protocol.SerialProtocols;
import org.steadyhand.device.sim.SimulatedRigFactory;
import org.steadyhand.store.Database;
import org.steadyhand.store.DeviceCalibration;
import org.steadyhand.store.DeviceCalibrations;
import org.steadyhand.store.PenAreas;
import org.steadyhand.ui.FxThreadStandIn;

/**
 * The Devices view-model on the real simulated rig, a real pty serial port matched by a real
 * devices.json and a real H2 file.
 */
class DevicesViewModelTest {

    @TempDir
    Path dir;

    private final FxThreadStandIn fx = new FxThreadStandIn();
    private ScheduledExecutorService background;
    private Database database;
    private DevicesViewModel model;
    private VirtualSerialPort port;

    private DevicesViewModel open(List<String> configured) {
        database = Database.open(dir);
        background = Executors.newSingleThreadScheduledExecutor();
        WorkstationDevices service = new WorkstationDevices(
                dir,
                new SourceRegistry(List.of(new SimulatedRigFactory(), SerialSourceFactory.of(SerialProtocols.all()))),
                configured,
                new DeviceCalibrations(database),
                new PenAreas(database),
                Clock.systemUTC(),
                false);
        model = new DevicesViewModel(service, background, fx, Clock.systemUTC());
        model.activate();
        return model;
    }

    @AfterEach
    void close() throws InterruptedException {
        closeModel();
        if (port != null) {
            port.close();
        }
        fx.close();
    }

    private void closeModel() throws InterruptedException {
        if (model != null) {
            model.close();
            background.shutdownNow();
            background.awaitTermination(5, TimeUnit.SECONDS);
            database.close();
            model = null;
        }
    }

    private void plugInGauge() throws Exception {
        port = VirtualSerialPort.pluggedInAt(dir.resolve("ttyGAUGE"));
        Files.writeString(
                dir.resolve("devices.json"),
                "{\"devices\": [{\"name\": \"bench gauge\", \"path\": \"" + port.path()
                        + "\", \"protocol\": \"steadyhand\", \"channels\": {\"tip_force\": \"tip_force_2\"}}]}");
    }

    private Optional<DeviceListing> row(String key) {
        return fx.call(() -> model.devices().stream()
                .filter(listing -> listing.device().key().equals(key))
                .findFirst());
    }

    @Test
    void listsTheSimulatedRigAndAPtyPortWithTheProfileThatMatchesIt() throws Exception {
        plugInGauge();
        open(List.of("sim:7"));
        String gaugeSpec = "serial:steadyhand:" + port.path() + "?rename=tip_force:tip_force_2";

        waitUntil(() -> row(gaugeSpec).isPresent() && row("sim:7").isPresent());

        DeviceListing gauge = row(gaugeSpec).orElseThrow();
        assertThat(gauge.kindText()).isEqualTo("Serial");
        assertThat(gauge.device().name()).isEqualTo(port.path());
        assertThat(gauge.profileText()).isEqualTo("bench gauge");
        assertThat(gauge.status()).isEqualTo("Not open");
        assertThat(row("sim:7").orElseThrow().kindText()).isEqualTo("Simulated");
        assertThat(row("sim").orElseThrow().specText()).isEqualTo("sim");
        // The machine's own ports (ttyS0, ...) are listed too, so the count is the table's.
        int listed = fx.call(() -> model.devices().size());
        assertThat(listed).isGreaterThanOrEqualTo(3);
        assertThat(fx.call(() -> model.listingTextProperty().get())).startsWith(listed + " sources seen, updated ");
    }

    @Test
    void aBrokenProfilesFileIsShownAsARowAndTheOtherSourcesAreStillListed() throws Exception {
        Files.writeString(dir.resolve("devices.json"), "{\"devices\": [{\"protocol\": \"mark10\", \"bauds\": 9}]}");
        open(List.of());

        waitUntil(() -> row("devices.json").isPresent() && row("sim").isPresent());

        DeviceListing problem = row("devices.json").orElseThrow();
        assertThat(problem.device().description()).contains("devices[0]: unknown key 'bauds'");
        assertThat(problem.specText()).isEqualTo("no profile: add one to devices.json");
        assertThat(fx.call(() -> model.listingTextProperty().get())).doesNotStartWith("Devices could not be listed");
    }

    @Test
    void anOpenedPortTurnsDetachedWhenUnplugged() throws Exception {
        plugInGauge();
        open(List.of());
        String gaugeSpec = "serial:steadyhand:" + port.path() + "?rename=tip_force:tip_force_2";
        waitUntil(() -> row(gaugeSpec).isPresent());

        DeviceListing gauge = row(gaugeSpec).orElseThrow();
        fx.run(() -> model.open(gauge));
        waitUntil(() -> row(gaugeSpec).map(DeviceListing::status).orElse("").equals("Attached"));
        port.unplug();

        waitUntil(() -> row(gaugeSpec).map(DeviceListing::status).orElse("").startsWith("Detached"));
        DeviceListing detached = row(gaugeSpec).orElseThrow();
        assertThat(detached.open()).isTrue();
        assertThat(detached.problems()).isGreaterThanOrEqualTo(1);
        assertThat(fx.call(() -> model.openTextProperty().get())).contains(port.path(), "Detached");
    }

    @Test
    void zeroOfTheSimulatedForceIsStoredAppliedAndReloadedFromTheDatabase() throws Exception {
        open(List.of("sim:7"));
        waitUntil(() -> row("sim:7").isPresent());
        DeviceListing sim = row("sim:7").orElseThrow();
        fx.run(() -> model.open(sim));
        waitUntil(() -> tipForce().filter(r -> !r.rawText().equals("—")).isPresent());
        assertThat(fx.call(() -> model.calibrationChannelProperty().get())).isEqualTo("tip_force");
        assertThat(fx.call(() -> model.calibrationTextProperty().get())).startsWith("Not calibrated");

        zeroUntilStable();

        DeviceCalibration stored =
                new DeviceCalibrations(database).find("sim:7", "tip_force").orElseThrow();
        assertThat(stored.calibration().scaleMilliNewtonsPerRawUnit()).isEqualTo(1.0);
        assertThat(stored.rawUnit()).isEqualTo("mN");
        assertThat(stored.referenceMassGrams()).isEmpty();
        double zero = stored.calibration().zeroOffset();
        assertThat(fx.call(() -> model.messageProperty().get()))
                .isEqualTo(String.format("Zeroed tip_force at %.3f mN and stored.", zero));
        waitUntil(() -> fx.call(() -> model.calibrationTextProperty().get())
                .startsWith(String.format("Zero %.3f mN · scale 1.00000 mN per mN", zero)));
        ChannelRow live = tipForce().orElseThrow();
        double raw = Double.parseDouble(live.rawText().replace(" mN", ""));
        double calibrated = Double.parseDouble(live.valueText().replace(" mN", ""));
        assertThat(calibrated).isCloseTo(raw - zero, org.assertj.core.data.Offset.offset(0.0011));

        closeModel();
        open(List.of("sim:7"));
        waitUntil(() -> row("sim:7").isPresent());
        DeviceListing simAgain = row("sim:7").orElseThrow();
        fx.run(() -> model.open(simAgain));
        waitUntil(() -> fx.call(() -> model.calibrationTextProperty().get())
                .startsWith(String.format("Zero %.3f mN · scale 1.00000 mN per mN", zero)));
    }

    @Test
    void assigningAGaugeChannelSavesItAsTheProfilesRename() throws Exception {
        plugInGauge();
        open(List.of());
        String gaugeSpec = "serial:steadyhand:" + port.path() + "?rename=tip_force:tip_force_2";
        waitUntil(() -> row(gaugeSpec).isPresent());
        DeviceListing gauge = row(gaugeSpec).orElseThrow();
        fx.run(() -> model.open(gauge));
        waitUntil(() ->
                fx.call(() -> model.channels().stream().anyMatch(c -> c.name().equals("tip_force_2"))));

        fx.run(() -> {
            model.assign("tip_force_2", "grip_force");
            model.saveAssignments();
        });

        waitUntil(() -> fx.call(() -> model.messageProperty().get()).startsWith("Saved to profile 'bench gauge'"));
        assertThat(DeviceProfiles.parse(
                                Files.readString(dir.resolve("devices.json")), "devices.json", List.of("steadyhand"))
                        .profiles()
                        .getFirst()
                        .renames())
                .isEqualTo(Map.of("tip_force", "grip_force"));
        waitUntil(() -> row("serial:steadyhand:" + port.path() + "?rename=tip_force:grip_force")
                .isPresent());
    }

    @Test
    void aTypedPenAreaIsStoredAndMapsTheLivePenPosition() throws Exception {
        open(List.of("sim:7"));
        waitUntil(() -> row("sim:7").isPresent());
        DeviceListing sim = row("sim:7").orElseThrow();
        fx.run(() -> model.open(sim));
        waitUntil(() -> fx.call(() -> model.penAreaTextProperty().get()).startsWith("No working area set"));

        fx.run(() -> model.enterPenArea("10", "20", "160", "120"));

        waitUntil(() -> fx.call(() -> model.messageProperty().get()).equals("Working area 150.0 × 100.0 mm saved."));
        assertThat(new PenAreas(database).find("sim:7").orElseThrow().area())
                .isEqualTo(new org.steadyhand.analysis.path.PenArea(10, 20, 160, 120));
        waitUntil(() -> fx.call(() -> model.penAreaTextProperty().get())
                .startsWith("Working area 150.0 × 100.0 mm from (10.0, 20.0) mm on the tablet, set "));
        waitUntil(() -> fx.call(() -> model.channels().stream()
                .anyMatch(c -> c.name().equals("tip_x") && !c.rawText().equals("—"))));
        ChannelRow x = fx.call(() -> model.channels().stream()
                .filter(c -> c.name().equals("tip_x"))
                .findFirst()
                .orElseThrow());
        double raw = Double.parseDouble(x.rawText().replace(" mm", ""));
        assertThat(Double.parseDouble(x.valueText().replace(" mm", "")))
                .isCloseTo(raw - 10, org.assertj.core.data.Offset.offset(0.0011));
    }

    @Test
    void aPenAreaTooSmallIsRefusedWithTheReason() throws Exception {
        open(List.of("sim:7"));
        waitUntil(() -> row("sim:7").isPresent());
        DeviceListing sim = row("sim:7").orElseThrow();
        fx.run(() -> model.open(sim));

        fx.run(() -> model.enterPenArea("10", "20", "12", "120"));

        waitUntil(() -> fx.call(() -> model.messageProperty().get()).startsWith("Not saved"));
        assertThat(fx.call(() -> model.messageProperty().get()))
                .isEqualTo("Not saved: the pen area must be at least 5 mm wide and high with the first corner"
                        + " top-left, got 2.0 x 100.0 mm.");
        assertThat(new PenAreas(database).find("sim:7")).isEmpty();
    }

    @Test
    void cornersTouchedAtAlmostTheSamePlaceAreRefusedAndTheFirstCornerIsAskedForAgain() throws Exception {
        open(List.of("sim:7"));
        waitUntil(() -> row("sim:7").isPresent());
        DeviceListing sim = row("sim:7").orElseThrow();
        fx.run(() -> model.open(sim));
        waitUntil(() -> fx.call(() ->
                        model.channels().stream().noneMatch(c -> c.rawText().equals("—")))
                && !fx.call(() -> model.channels().isEmpty()));

        // The simulated hand holds the tip within a millimetre: both "corners" are the same place.
        fx.run(() -> model.penCorner());
        waitUntil(() -> fx.call(() -> model.messageProperty().get()).startsWith("First corner at ("));
        fx.run(() -> model.penCorner());

        waitUntil(() -> fx.call(() -> model.messageProperty().get()).startsWith("Not saved"));
        assertThat(fx.call(() -> model.messageProperty().get()))
                .startsWith("Not saved: the pen area must be at least 5 mm wide and high")
                .endsWith("Touch the first corner again.");
        assertThat(new PenAreas(database).find("sim:7")).isEmpty();
        fx.run(() -> model.penCorner());
        waitUntil(() -> fx.call(() -> model.messageProperty().get()).startsWith("First corner at ("));
    }

    private void zeroUntilStable() throws InterruptedException {
        // The simulated trainee grasps and peels; a zero is accepted only while the force is steady.
        for (int attempt = 0; attempt < 40; attempt++) {
            fx.run(() -> model.zero());
            waitUntil(() -> !fx.call(() -> model.messageProperty().get()).equals(DevicesViewModel.WORKING));
            String message = fx.call(() -> model.messageProperty().get());
            if (message.startsWith("Zeroed")) {
                return;
            }
            assertThat(message).startsWith("Not calibrated: the readings are unstable");
            Thread.sleep(250);
        }
        throw new AssertionError("the simulated force never held still for a zero");
    }

    private Optional<ChannelRow> tipForce() {
        return fx.call(() -> model.channels().stream()
                .filter(r -> r.name().equals("tip_force"))
                .findFirst());
    }
}

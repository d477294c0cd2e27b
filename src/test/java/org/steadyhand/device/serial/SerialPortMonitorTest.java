package org.steadyhand.device.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SerialPortMonitorTest {
    private static final SerialPortInfo CP2102 = new SerialPortInfo(
            "ttyUSB0",
            "/dev/ttyUSB0",
            "CP2102 USB to UART Bridge Controller",
            Optional.of(new UsbId(0x10c4, 0xea60)),
            Optional.of("0001"));
    private static final SerialPortInfo CH340 = new SerialPortInfo(
            "ttyUSB1", "/dev/ttyUSB1", "USB Serial", Optional.of(new UsbId(0x1a86, 0x7523)), Optional.empty());

    @TempDir
    Path folder;

    @Test
    void reportsPortsAppearingAndDisappearingFromTheSystemList() {
        List<List<SerialPortInfo>> looks =
                new ArrayList<>(List.of(List.of(CP2102), List.of(CP2102, CH340), List.of(CH340), List.of(CH340)));
        SerialPortMonitor monitor = new SerialPortMonitor(() -> looks.removeFirst(), List.of());

        assertThat(monitor.scan()).containsExactly(new PortChange.Appeared(CP2102));
        assertThat(monitor.scan()).containsExactly(new PortChange.Appeared(CH340));
        assertThat(monitor.scan()).containsExactly(new PortChange.Disappeared(CP2102));
        assertThat(monitor.scan()).isEmpty();
        assertThat(monitor.present()).containsExactly(CH340);
    }

    @Test
    void watchedPathsAppearWhenATerminalIsPluggedInAndGoWhenUnplugged() throws Exception {
        Path link = folder.resolve("ttyPROFILE");
        SerialPortMonitor monitor = new SerialPortMonitor(List::of, List.of(link.toString()));
        List<PortChange> changes = new CopyOnWriteArrayList<>();

        assertThat(monitor.scan()).isEmpty();
        try (VirtualSerialPort port = VirtualSerialPort.pluggedInAt(link)) {
            monitor.start(Duration.ofMillis(50), changes::add);
            waitFor(() -> changes.size() >= 1);
            port.unplug();
            waitFor(() -> changes.size() >= 2);
        } finally {
            monitor.close();
        }

        assertThat(changes)
                .containsExactly(
                        new PortChange.Appeared(SerialPortInfo.ofPath(link.toString())),
                        new PortChange.Disappeared(SerialPortInfo.ofPath(link.toString())));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
    }
}

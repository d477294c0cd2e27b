package org.steadyhand.device.hid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steadyhand.core.SessionClock;
import org.steadyhand.device.DeviceException;
import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceSpec;

/**
 * What can be checked of live HID without hardware (this machine has no /dev/hidraw nodes and no
 * /dev/uhid to fake one): enumeration finds nothing, and a device that is not there is a plain
 * {@link DeviceException}. The decode path live devices use is {@link ReportStream}, the same one
 * the replay tests drive.
 */
class HidLiveSourceTest {
    private static boolean noHidrawNodes() throws Exception {
        try (var nodes = Files.list(Path.of("/dev"))) {
            return nodes.noneMatch(p -> p.getFileName().toString().startsWith("hidraw"));
        }
    }

    @Test
    void enumerationWithNoDevicesIsEmpty() throws Exception {
        assumeTrue(noHidrawNodes(), "skipped: this machine has HID devices attached");

        List<HidDeviceInfo> devices = HidDevices.attached();

        assertThat(devices).isEmpty();
    }

    @Test
    void aDeviceThatIsNotConnectedIsAPlainDeviceException() throws Exception {
        assumeTrue(noHidrawNodes(), "skipped: this machine has HID devices attached");
        SourceSpec spec = SourceSpec.parse("hid:1234:abcd:SN1");
        SampleSource source =
                new HidSourceFactory().create(spec, new SourceContext(SessionClock.startNow(), "hold-still"));

        assertThatThrownBy(() -> source.start(event -> {}))
                .isInstanceOf(DeviceException.class)
                .hasMessage("HID device 1234:ABCD (serial SN1) is not connected; plug it in, or list devices with"
                        + " 'steadyhand devices'");
        source.stop();
        assertThat(source.spec()).isEqualTo("hid:1234:abcd:SN1");
    }

    @Test
    void deviceInfoNamesItsSourceSpec() {
        HidDeviceInfo info = new HidDeviceInfo(0x056A, 0x0061, "", "Wacom", "FT-0203", "/dev/hidraw3", 1, 2);

        assertThat(info.sourceSpec()).isEqualTo("hid:056a:0061");
    }
}

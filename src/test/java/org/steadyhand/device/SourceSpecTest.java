package org.steadyhand.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.core.BadInputException;

class SourceSpecTest {
    @Test
    void simWithoutSeed() {
        SourceSpec.Sim sim = (SourceSpec.Sim) SourceSpec.parse("sim");

        assertThat(sim.seed()).isEmpty();
        assertThat(sim.options()).isEmpty();
    }

    @Test
    void simWithSeedAndOptions() {
        SourceSpec.Sim sim = (SourceSpec.Sim) SourceSpec.parse("sim:42?skill=novice&pace=fast");

        assertThat(sim.seed()).hasValue(42);
        assertThat(sim.options()).isEqualTo(Map.of("skill", "novice", "pace", "fast"));
    }

    @Test
    void simWithOptionsButNoSeed() {
        SourceSpec.Sim sim = (SourceSpec.Sim) SourceSpec.parse("sim?skill=expert");

        assertThat(sim.seed()).isEmpty();
        assertThat(sim.options()).containsEntry("skill", "expert");
    }

    @Test
    void serialReplayWithProtocolFileAndPace() {
        SourceSpec.SerialReplay replay =
                (SourceSpec.SerialReplay) SourceSpec.parse("serial-replay:ant:../data/hrm.log?pace=fast");

        assertThat(replay.scheme()).isEqualTo("serial-replay");
        assertThat(replay.protocol()).isEqualTo("ant");
        assertThat(replay.file()).isEqualTo(java.nio.file.Path.of("../data/hrm.log"));
        assertThat(replay.options()).isEqualTo(Map.of("pace", "fast"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"serial-replay:", "serial-replay:ant", "serial-replay:ant:"})
    void serialReplayWithoutProtocolOrFileIsBadInput(String text) {
        assertThatThrownBy(() -> SourceSpec.parse(text))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(text);
    }

    @Test
    void serialWithPathAndBaud() {
        SourceSpec.Serial serial = (SourceSpec.Serial) SourceSpec.parse("serial:mark10:/dev/pts/4?baud=115200");

        assertThat(serial.protocol()).isEqualTo("mark10");
        assertThat(serial.port()).isEqualTo("/dev/pts/4");
        assertThat(serial.baud()).hasValue(115200);
    }

    @Test
    void serialWithSystemNameAndNoBaud() {
        SourceSpec.Serial serial = (SourceSpec.Serial) SourceSpec.parse("serial:imada:COM3");

        assertThat(serial.port()).isEqualTo("COM3");
        assertThat(serial.baud()).isEmpty();
    }

    @Test
    void hidWithAndWithoutSerialNumber() {
        SourceSpec.Hid tablet = (SourceSpec.Hid) SourceSpec.parse("hid:056a:0221");
        SourceSpec.Hid pedal = (SourceSpec.Hid) SourceSpec.parse("hid:0B33:1004:ABC123");

        assertThat(tablet.vendorId()).isEqualTo(0x056a);
        assertThat(tablet.productId()).isEqualTo(0x0221);
        assertThat(tablet.serialNumber()).isEmpty();
        assertThat(pedal.vendorId()).isEqualTo(0x0b33);
        assertThat(pedal.serialNumber()).hasValue("ABC123");
    }

    @Test
    void cameraUrlIsTakenVerbatim() {
        SourceSpec.Camera camera =
                (SourceSpec.Camera) SourceSpec.parse("camera:mjpeg:http://10.0.0.5:8080/video?fps=10&size=vga");

        assertThat(camera.kind()).isEqualTo("mjpeg");
        assertThat(camera.location()).isEqualTo("http://10.0.0.5:8080/video?fps=10&size=vga");
    }

    @Test
    void replayAndHidReplay() {
        SourceSpec.Replay replay = (SourceSpec.Replay) SourceSpec.parse("replay:0193a1b2?pace=fast");
        SourceSpec.HidReplay hid = (SourceSpec.HidReplay) SourceSpec.parse("hid-replay:/tmp/pen.hid.txt");

        assertThat(replay.sessionId()).isEqualTo("0193a1b2");
        assertThat(replay.options()).containsEntry("pace", "fast");
        assertThat(hid.file()).isEqualTo(Path.of("/tmp/pen.hid.txt"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            bluetooth:aa:bb         | unknown source 'bluetooth:aa:bb'
            sim:forty               | the seed must be an integer
            serial:mark10           | must look like serial:PROTOCOL:PORT
            serial:mark10:/dev/x?baud=fast | baud must be a positive integer
            hid:056a                | must look like hid:VID:PID
            hid:xyz:0221            | vendor id must be 4 hex digits
            camera:rtsp:rtsp://x    | must be camera:mjpeg:URL
            sim:1?skill             | option 'skill' must look like name=value
            replay:                 | needs a session id
            """)
    void malformedSpecsAreRejectedWithAClearMessage(String spec, String message) {
        assertThatThrownBy(() -> SourceSpec.parse(spec))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(message);
    }

    @Test
    void errorsNeverEchoTheAntNetworkKey() {
        assertThatThrownBy(() -> SourceSpec.parse("serial:ant:/dev/ttyUSB0?network_key=B9A521FBBD72C345&baud"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("network_key=***")
                .hasMessageNotContaining("B9A521FBBD72C345");
    }
}

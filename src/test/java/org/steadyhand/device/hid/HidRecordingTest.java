package org.steadyhand.device.hid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.core.BadInputException;

/** Both hid-recorder dialects, the wrapped R: line, and bad files. */
class HidRecordingTest {

    @Test
    void modernDialectWithWrappedDescriptorAndComments() {
        HidRecording recording = SharedHidData.recording(SharedHidData.ROLLER_MOUSE);

        assertThat(recording.descriptor()).hasSize(220);
        assertThat(recording.descriptor()[219]).isEqualTo((byte) 0xC0);
        assertThat(recording.name()).isEqualTo("Contour Design Contour RollerMouse Red");
        assertThat(recording.vendorId()).isEqualTo(0x0B33);
        assertThat(recording.productId()).isEqualTo(0x1004);
        assertThat(recording.reports()).hasSize(6);
        assertThat(recording.reports().get(1).timeNanos()).isEqualTo(3_905_000L);
        assertThat(recording.reports().get(5).timeNanos()).isEqualTo(171_955_000L);
        assertThat(recording.reports().get(1).bytes()).hasSize(16).startsWith(1, 1);
    }

    @Test
    void olderDialectWithDeviceLines() {
        HidRecording recording = SharedHidData.recording(SharedHidData.PEN_PARTNER);

        assertThat(recording.descriptor()).hasSize(110);
        assertThat(recording.reports()).hasSize(874);
        assertThat(recording.reports().get(8).timeNanos()).isEqualTo(67_830_000L);
        assertThat(recording.reports().get(873).timeNanos()).isEqualTo(12_687_850_000L);
        assertThat(recording.productId()).isEqualTo(0x0061);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            N: no descriptor                       | has no R: (report descriptor) line
            R: 3 05 01                             | line 1: the R: line declares 3 bytes but gives 2
            R: 2 05 01 09                          | line 1: the R: line declares 2 bytes but gives more
            R: 1 zz                                | line 1: 'zz' is not a hexadecimal byte
            R: 1 c0\\nE: 0.1 2 01                  | line 2: the E: line declares 2 bytes but gives 1
            R: 1 c0\\nE: x.1 1 01                  | line 2: 'x.1' is not a time in seconds
            R: 1 c0\\nQ: what                      | line 2: unknown line type 'Q:'
            R: 1 c0\\nI: 3 056a                    | line 2: an I: line needs bus, vendor and product
            R: 1 c0\\nR: 1 c0                      | line 2: a second R: line
            """)
    void badFilesNameTheLineAndTheProblem(String text, String message) {
        assertThatThrownBy(() -> HidRecording.parse(text.replace("\\n", "\n"), "f.txt"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("f.txt")
                .hasMessageContaining(message);
    }
}

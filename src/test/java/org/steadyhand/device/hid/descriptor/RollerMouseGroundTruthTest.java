package org.steadyhand.device.hid.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steadyhand.device.hid.HidRecording;
import org.steadyhand.device.hid.SharedHidData;

/**
 * The RollerMouse recording carries hid-tools' own decode of every event in the comment line before
 * it ({@code # ReportID: 1 / Button: 0 0 ... | X: 0 | ... | Vendor Usage 1: 1 , -128 , ...}); our
 * decoder must give exactly those values, field by field in report order.
 */
class RollerMouseGroundTruthTest {

    /** One comment line: the report ID and every value in order, with the group names. */
    private record Expected(int reportId, List<String> names, List<Long> values) {}

    private static Expected parseComment(String line) {
        String body =
                line.substring(line.indexOf("ReportID:") + "ReportID:".length()).strip();
        int slash = body.indexOf('/');
        int reportId = Integer.parseInt(body.substring(0, slash).strip());
        List<String> names = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (String group : body.substring(slash + 1).split("\\|")) {
            int colon = group.lastIndexOf(':');
            names.add(group.substring(0, colon).strip());
            for (String value : group.substring(colon + 1).strip().split("[\\s,]+")) {
                values.add(Long.parseLong(value));
            }
        }
        return new Expected(reportId, names, values);
    }

    @Test
    void everyEventDecodesToTheValuesItsCommentStates() throws IOException {
        List<String> lines = Files.readAllLines(SharedHidData.file(SharedHidData.ROLLER_MOUSE));
        List<Expected> expected = lines.stream()
                .filter(l -> l.startsWith("# ReportID:"))
                .map(RollerMouseGroundTruthTest::parseComment)
                .toList();
        HidRecording recording = SharedHidData.recording(SharedHidData.ROLLER_MOUSE);
        ReportDecoder decoder = new ReportDecoder(SharedHidData.descriptor(SharedHidData.ROLLER_MOUSE));

        assertThat(expected).hasSize(6);
        assertThat(recording.reports()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            byte[] bytes = recording.reports().get(i).bytes();
            DecodeResult result = decoder.decode(bytes, bytes.length);

            assertThat(result).isInstanceOf(DecodeResult.Decoded.class);
            DecodeResult.Decoded decoded = (DecodeResult.Decoded) result;
            List<Long> values = new ArrayList<>();
            decoded.fields().forEach(f -> {
                for (long v : f.logical()) {
                    values.add(v);
                }
            });
            assertThat(decoded.report().reportId()).isEqualTo(expected.get(i).reportId());
            assertThat(values).as("event %d", i).isEqualTo(expected.get(i).values());
        }
        assertThat(expected.get(1).values().get(0)).isEqualTo(1L); // the double-click button pressed
        assertThat(expected.get(0).names()).contains("X", "Y", "Wheel");
    }

    @Test
    void namedSingleValuesMatchTheirFields() {
        HidRecording recording = SharedHidData.recording(SharedHidData.ROLLER_MOUSE);
        ReportDecoder decoder = new ReportDecoder(SharedHidData.descriptor(SharedHidData.ROLLER_MOUSE));
        byte[] first = recording.reports().get(0).bytes();

        DecodeResult.Decoded decoded = (DecodeResult.Decoded) decoder.decode(first, first.length);

        assertThat(decoded.fields())
                .extracting(f -> f.field().usageName())
                .containsSubsequence("Button 1", "Button 8", "X", "Y", "Wheel", "Consumer 0xFF00");
        // 0x80 in a field with logical minimum -127 is sign-extended to -128, as hid-tools prints it.
        assertThat(decoded.fields().get(13).logical()).containsExactly(-128L);
    }
}

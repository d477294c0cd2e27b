package org.steadyhand.device.hid.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.steadyhand.device.hid.HidRecording;
import org.steadyhand.device.hid.SharedHidData;

/**
 * A million bad and mutated inputs: descriptors (bit flips, byte changes, truncation, insertion,
 * random bytes, oversized) and reports (wrong lengths, unknown IDs, random and mutated bytes,
 * including reports for the odd layouts of mutated descriptors). Nothing may throw out of the
 * parser or decoder; every rejection has a reason; no decoded value is infinite. Seeded, so a
 * failure reproduces.
 */
class HidFuzzTest {
    private static final int DESCRIPTOR_INPUTS = 250_000;
    private static final int REPORT_INPUTS = 750_000;

    private final SplittableRandom random = new SplittableRandom(20_240_501L);
    private final List<byte[]> descriptors = new ArrayList<>();
    private final List<byte[]> reports = new ArrayList<>();
    private long rejected;
    private long accepted;

    private void load() {
        for (String name : List.of(
                SharedHidData.INKLING,
                SharedHidData.PEN_PARTNER,
                SharedHidData.AES_PEN,
                SharedHidData.SENSOR_HUB,
                SharedHidData.GAMEPAD,
                SharedHidData.ROLLER_MOUSE)) {
            HidRecording recording = SharedHidData.recording(name);
            descriptors.add(recording.descriptor());
            recording.reports().forEach(r -> reports.add(r.bytes()));
        }
    }

    private byte[] mutate(byte[] original) {
        byte[] bytes = original.clone();
        switch (random.nextInt(6)) {
            case 0 -> bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            case 1 -> {
                for (int i = random.nextInt(1, 6); i > 0; i--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            case 2 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            case 3 -> {
                byte[] longer = new byte[bytes.length + random.nextInt(1, 8)];
                int at = random.nextInt(bytes.length + 1);
                System.arraycopy(bytes, 0, longer, 0, at);
                System.arraycopy(bytes, at, longer, longer.length - (bytes.length - at), bytes.length - at);
                for (int i = at; i < longer.length - (bytes.length - at); i++) {
                    longer[i] = (byte) random.nextInt(256);
                }
                bytes = longer;
            }
            case 4 -> {
                bytes = new byte[random.nextInt(0, 300)];
                random.nextBytes(bytes);
            }
            default -> {
                if (random.nextInt(1000) == 0) {
                    bytes = new byte[DescriptorParser.MAX_DESCRIPTOR_BYTES + 1];
                } else {
                    bytes[random.nextInt(bytes.length)] = (byte) 0xC0; // stray End Collection
                }
            }
        }
        return bytes;
    }

    private void check(ParseResult result) {
        if (result instanceof ParseResult.Rejected r) {
            assertThat(r.reason()).isNotBlank();
            rejected++;
        } else {
            accepted++;
        }
    }

    private void decodeRandom(ReportDecoder decoder, ReportDescriptor descriptor, ReportValues values) {
        List<Report> inputs = descriptor.reports(ReportKind.INPUT);
        byte[] report;
        if (!inputs.isEmpty() && random.nextBoolean()) {
            Report layout = inputs.get(random.nextInt(inputs.size()));
            report = new byte[layout.byteLength()];
            random.nextBytes(report);
            if (layout.reportId() != 0) {
                report[0] = (byte) layout.reportId();
            }
        } else {
            report = new byte[random.nextInt(0, 80)];
            random.nextBytes(report);
        }
        if (decoder.decodeInto(report, report.length, values)) {
            for (int s = 0; s < values.slotCount(); s++) {
                assertThat(Double.isInfinite(values.physical(s))).isFalse();
            }
            accepted++;
        } else {
            assertThat(values.rejection()).isNotBlank();
            rejected++;
        }
    }

    @Test
    void aMillionBadInputsNeverThrowAndRejectionsCarryAReason() {
        load();
        for (int i = 0; i < DESCRIPTOR_INPUTS; i++) {
            ParseResult result = DescriptorParser.parse(mutate(descriptors.get(random.nextInt(descriptors.size()))));
            check(result);
            if (result instanceof ParseResult.Parsed parsed && i % 4 == 0) {
                ReportDecoder decoder = new ReportDecoder(parsed.descriptor());
                decodeRandom(decoder, parsed.descriptor(), decoder.newValues());
            }
        }
        long descriptorRejections = rejected;
        List<ReportDescriptor> valid = descriptors.stream()
                .map(d -> ((ParseResult.Parsed) DescriptorParser.parse(d)).descriptor())
                .toList();
        List<ReportDecoder> decoders = valid.stream().map(ReportDecoder::new).toList();
        for (int i = 0; i < REPORT_INPUTS; i++) {
            int device = random.nextInt(decoders.size());
            ReportDecoder decoder = decoders.get(device);
            if (random.nextInt(3) == 0 && !reports.isEmpty()) {
                byte[] report = mutate(reports.get(random.nextInt(reports.size())));
                ReportValues values = decoder.newValues();
                if (!decoder.decodeInto(report, report.length, values)) {
                    assertThat(values.rejection()).isNotBlank();
                }
            } else {
                decodeRandom(decoder, valid.get(device), decoder.newValues());
            }
        }

        assertThat(DESCRIPTOR_INPUTS + REPORT_INPUTS).isGreaterThanOrEqualTo(1_000_000);
        assertThat(descriptorRejections).isGreaterThan(DESCRIPTOR_INPUTS / 4);
        assertThat(rejected).isGreaterThan(descriptorRejections);
        assertThat(accepted).isGreaterThan(0);
    }

    @Test
    void decoderRejectsWrongLengthAndUnknownId() {
        load();
        ReportDecoder decoder = new ReportDecoder(SharedHidData.descriptor(SharedHidData.PEN_PARTNER));

        assertThat(decoder.decode(new byte[] {2, 0, 0}, 3))
                .isEqualTo(new DecodeResult.Rejected("input report 2 must be 8 bytes, got 3"));
        assertThat(decoder.decode(new byte[] {9, 0, 0}, 3))
                .isEqualTo(new DecodeResult.Rejected("no input report with ID 9"));
        assertThat(decoder.decode(new byte[0], 0)).isEqualTo(new DecodeResult.Rejected("empty report"));
    }
}

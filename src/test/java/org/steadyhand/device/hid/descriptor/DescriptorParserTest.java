package org.steadyhand.device.hid.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parser on small hand-written descriptors: each item kind, and each reason for rejecting. */
class DescriptorParserTest {

    static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }

    static ReportDescriptor parsed(String text) {
        ParseResult result = DescriptorParser.parse(hex(text));
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).descriptor();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                                            | empty report descriptor                 | 0
            05 01 09                                      | truncated item 0x09                     | 2
            05 01 27 ff ff                                | truncated item 0x27                     | 2
            c0                                            | End Collection without Collection       | 0
            b4                                            | Pop without Push                        | 0
            85 00                                         | Report ID 0 is outside 1..255           | 0
            a1 01 09 01                                   | 1 collection(s) not closed              | 4
            75 08 95 01 81 02 85 01 75 08 95 01 81 02     | report data before the first Report ID  | 0
            19 05 29 01 81 02                             | Usage Minimum 0x5 above Usage Maximum    | 2
            19 01 75 08 95 01 81 02                       | Usage Minimum without Usage Maximum     | 6
            fe 05 10 01 02                                | truncated long item                     | 0
            76 01 01 95 01 81 02                          | Report Size over 256 bits               | 5
            75 08 96 00 10 81 02 81 02                    | exceeds 4096 bytes                      | 7
            a9 01 a9 01                                   | nested delimiter set                    | 2
            a9 00                                         | delimiter close without open            | 0
            0c                                            | reserved item type                      | 0
            """)
    void rejectsBadDescriptorsWithAReasonAndOffset(String text, String reason, int offset) {
        ParseResult result = DescriptorParser.parse(hex(text));

        assertThat(result).isInstanceOfSatisfying(ParseResult.Rejected.class, rejected -> {
            assertThat(rejected.reason()).contains(reason);
            assertThat(rejected.byteOffset()).isEqualTo(offset);
        });
    }

    @Test
    void rejectsPushStackDeeperThanTheBound() {
        byte[] bytes = new byte[DescriptorParser.MAX_PUSH_DEPTH + 1];
        java.util.Arrays.fill(bytes, (byte) 0xA4);

        ParseResult result = DescriptorParser.parse(bytes);

        assertThat(result)
                .isInstanceOfSatisfying(
                        ParseResult.Rejected.class, r -> assertThat(r.reason()).contains("Push stack deeper"));
    }

    @Test
    void rejectsOversizedDescriptor() {
        ParseResult result = DescriptorParser.parse(new byte[DescriptorParser.MAX_DESCRIPTOR_BYTES + 1]);

        assertThat(result)
                .isInstanceOfSatisfying(
                        ParseResult.Rejected.class, r -> assertThat(r.reason()).contains("exceeds"));
    }

    @Test
    void pushAndPopRestoreGlobals() {
        // Page GD, 8-bit 0..255 pushed; inside, 16-bit -100..100; after Pop, 8-bit 0..255 again.
        ReportDescriptor descriptor =
                parsed("05 01 15 00 26 ff 00 75 08 95 01 a4 16 9c ff 26 64 00 75 10 09 30 81 02 b4 09 31 81 02");

        Report report = descriptor.reports().get(0);

        assertThat(report.fields().get(0).logicalMinimum()).isEqualTo(-100);
        assertThat(report.fields().get(0).bitSize()).isEqualTo(16);
        assertThat(report.fields().get(1).logicalMinimum()).isZero();
        assertThat(report.fields().get(1).logicalMaximum()).isEqualTo(255);
        assertThat(report.fields().get(1).bitOffset()).isEqualTo(16);
        assertThat(report.byteLength()).isEqualTo(3);
    }

    @Test
    void longItemsAreSkippedWithTheirLength() {
        ReportDescriptor descriptor = parsed("fe 03 10 aa bb cc 05 01 09 30 15 00 25 7f 75 08 95 01 81 02");

        assertThat(descriptor.reports().get(0).fields().get(0).usageName()).isEqualTo("X");
        assertThat(descriptor.itemCount()).isEqualTo(8);
    }

    @Test
    void extendedUsageCarriesItsOwnPage() {
        // Page Button in effect, but a 4-byte usage names Digitizer Tip Pressure.
        ReportDescriptor descriptor = parsed("05 09 0b 30 00 0d 00 15 00 25 7f 75 08 95 01 81 02");

        assertThat(descriptor.reports().get(0).fields().get(0).usage()).isEqualTo(0x000D0030);
    }

    @Test
    void onlyTheFirstUsageOfADelimiterSetCounts() {
        ReportDescriptor descriptor = parsed("05 01 a9 01 09 30 09 31 a9 00 15 00 25 7f 75 08 95 01 81 02");

        assertThat(descriptor.reports().get(0).fields().get(0).usageName()).isEqualTo("X");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            55 0d,    -3
            55 0f,    -1
            55 07,     7
            55 fd,    -3
            56 fe ff, -2
            """)
    void unitExponentIsAFourBitNibbleOrASignedByte(String item, int exponent) {
        ReportDescriptor descriptor = parsed(item + " 05 01 09 30 15 00 25 7f 75 08 95 01 81 02");

        assertThat(descriptor.reports().get(0).fields().get(0).unitExponent()).isEqualTo(exponent);
    }

    @Test
    void maximumIsUnsignedWhenTheMinimumIsNotNegative() {
        ReportDescriptor descriptor = parsed("05 01 09 30 15 00 26 ff ff 75 10 95 01 81 02");

        assertThat(descriptor.reports().get(0).fields().get(0).logicalMaximum()).isEqualTo(65535);
    }

    @Test
    void arrayFieldListsItsUsageRange() {
        // Keyboard-style array: 2 slots of 8 bits, usages 0x04..0x06 at indexes 4..6.
        ReportDescriptor descriptor = parsed("05 07 19 00 29 06 15 00 25 06 75 08 95 02 81 00");
        ReportField array = descriptor.reports().get(0).fields().get(0);
        ReportDecoder decoder = new ReportDecoder(descriptor);

        DecodeResult.Decoded decoded = (DecodeResult.Decoded) decoder.decode(new byte[] {5, 0}, 2);

        assertThat(array.isArray()).isTrue();
        assertThat(array.count()).isEqualTo(2);
        assertThat(decoded.fields().get(0).activeUsages()).containsExactly(0x070005);
        assertThat(decoded.fields().get(0).physical()).isNaN();
    }

    @Test
    void nestedCollectionsNameApplicationAndInnermostCollection() {
        ReportDescriptor descriptor =
                parsed("05 0d 09 02 a1 01 09 20 a1 00 05 01 09 30 15 00 25 7f 75 08 95 01 81 02 c0 c0");
        ReportField x = descriptor.reports().get(0).fields().get(0);

        assertThat(x.applicationUsage()).isEqualTo(0x0D0002);
        assertThat(x.collectionUsage()).isEqualTo(0x0D0020);
    }

    @Test
    void physicalScalingUsesRangesAndExponent() {
        // X 0..1000 logical over 0..500 physical, cm, exponent -1: logical 1000 -> 500 x 10^-1 = 50 cm.
        ReportDescriptor descriptor = parsed("05 01 09 30 15 00 26 e8 03 35 00 46 f4 01 65 11 55 0f 75 10 95 01 81 02");
        ReportField x = descriptor.reports().get(0).fields().get(0);

        assertThat(x.physicalValue(1000)).isCloseTo(50.0, within(1e-9));
        assertThat(x.physicalValue(500)).isCloseTo(25.0, within(1e-9));
        assertThat(x.unit().symbol()).isEqualTo("cm");
    }
}

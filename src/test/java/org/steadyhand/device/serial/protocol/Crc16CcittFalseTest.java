package org.steadyhand.device.serial.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class Crc16CcittFalseTest {
    @Test
    void checkValueOfTheCatalogueIs29B1() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);

        assertThat(Crc16CcittFalse.of(check, 0, check.length)).isEqualTo(0x29B1);
    }

    @ParameterizedTest
    @CsvFileSource(resources = "crc16_vectors.csv", numLinesToSkip = 1, nullValues = "NONE")
    void matchesPythonsCrcHqxAndTheBitwiseTestEncoder(String inputHex, String crcHex) {
        byte[] input = HexFormat.of().parseHex(inputHex == null ? "" : inputHex);
        int expected = Integer.parseInt(crcHex, 16);

        assertThat(Crc16CcittFalse.of(input, 0, input.length)).isEqualTo(expected);
        assertThat(FirmwareFrames.crc16(input, 0, input.length)).isEqualTo(expected);
    }
}

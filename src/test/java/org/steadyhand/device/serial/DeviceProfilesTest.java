package org.steadyhand.device.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.core.BadInputException;

class DeviceProfilesTest {
    private static final List<String> PROTOCOLS = List.of("steadyhand", "mark10", "imada", "freetarget");
    private static final String FILE = """
            {
              "devices": [
                { "name": "left gauge", "usb": "0403:6001", "serial_number": "A1", "protocol": "mark10",
                  "channels": { "tip_force": "tip_force_2" } },
                { "name": "any FTDI", "usb": "0403:6001", "protocol": "imada", "baud": 9600, "parity": "even" },
                { "name": "sensor", "path": "/dev/serial/by-id/usb-Steadyhand-if00", "protocol": "steadyhand" }
              ]
            }
            """;

    private static SerialPortInfo ftdi(String serialNumber) {
        return new SerialPortInfo(
                "ttyUSB3",
                "/dev/ttyUSB3",
                "FT232R USB UART",
                Optional.of(new UsbId(0x0403, 0x6001)),
                Optional.ofNullable(serialNumber));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            A1,   left gauge, serial:mark10:/dev/ttyUSB3?rename=tip_force:tip_force_2
            B2,   any FTDI,   serial:imada:/dev/ttyUSB3?baud=9600&parity=even
            ,     any FTDI,   serial:imada:/dev/ttyUSB3?baud=9600&parity=even
            """)
    void aSerialNumberMatchBeatsAUsbIdMatchAndGivesTheSpec(String serialNumber, String profile, String spec) {
        DeviceProfiles profiles = DeviceProfiles.parse(FILE, "devices.json", PROTOCOLS);

        DeviceProfile match = profiles.match(ftdi(serialNumber)).orElseThrow();

        assertThat(match.name()).isEqualTo(profile);
        assertThat(match.specFor(ftdi(serialNumber))).isEqualTo(spec);
    }

    @Test
    void aPathProfileMatchesThePortAtThatPathAndOthersMatchNothing() {
        DeviceProfiles profiles = DeviceProfiles.parse(FILE, "devices.json", PROTOCOLS);
        SerialPortInfo byId = SerialPortInfo.ofPath("/dev/serial/by-id/usb-Steadyhand-if00");
        SerialPortInfo other = new SerialPortInfo(
                "ttyACM0", "/dev/ttyACM0", "", Optional.of(new UsbId(0x2341, 0x0043)), Optional.empty());

        assertThat(profiles.match(byId).orElseThrow().specFor(byId))
                .isEqualTo("serial:steadyhand:/dev/serial/by-id/usb-Steadyhand-if00");
        assertThat(profiles.match(other)).isEmpty();
        assertThat(profiles.watchedPaths()).containsExactly("/dev/serial/by-id/usb-Steadyhand-if00");
    }

    @Test
    void anEmptyFileHasNoProfiles() {
        assertThat(DeviceProfiles.parse("{}", "devices.json", PROTOCOLS).profiles())
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"devices": [ |device profiles file devices.json is not valid JSON at line 1, column 14: Unexpected end-of-input: expected close marker for Array
            []|device profiles file devices.json: expected {"devices": [ ... ]}
            {"devices": [{"usb": "0403:6001"}]}|device profiles file devices.json, devices[0]: 'protocol' is required
            {"devices": [{"usb": "0403:6001", "protocol": "mark11"}]}|device profiles file devices.json, devices[0]: unknown protocol 'mark11'; known protocols: steadyhand, mark10, imada, freetarget
            {"devices": [{"usb": "04036001", "protocol": "mark10"}]}|device profiles file devices.json, devices[0]: '04036001' is not a USB id; expected VID:PID in hex, e.g. 10c4:ea60
            {"devices": [{"protocol": "mark10"}]}|device profiles file devices.json, devices[0]: give either 'usb' (VID:PID) or 'path', not both or neither
            {"devices": [{"path": "/dev/x", "protocol": "mark10", "bauds": 9600}]}|device profiles file devices.json, devices[0]: unknown key 'bauds'; allowed: baud, channels, data_bits, name, parity, path, protocol, serial_number, stop_bits, usb
            """)
    void badFilesGiveOneClearMessageNamingTheFileAndEntry(String json, String message) {
        assertThatThrownBy(() -> DeviceProfiles.parse(json, "devices.json", PROTOCOLS))
                .isInstanceOf(BadInputException.class)
                .hasMessage(message);
    }
}

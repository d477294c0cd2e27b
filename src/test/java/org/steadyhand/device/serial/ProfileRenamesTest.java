package org.steadyhand.device.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steadyhand.core.BadInputException;

class ProfileRenamesTest {
    private static final List<String> PROTOCOLS = List.of("mark10", "imada");
    private static final String FILE = """
            {"devices": [
              {"name": "bench gauge", "usb": "0403:6001", "protocol": "mark10", "baud": 115200},
              {"name": "second gauge", "usb": "1a86:7523", "protocol": "imada", "channels": {"force": "f2"}}
            ]}
            """;

    @Test
    void setsTheRenamesOfOneProfileAndKeepsEverythingElse() {
        String written = ProfileRenames.withRenames(FILE, "bench gauge", Map.of("force", "tip_force"), PROTOCOLS);

        DeviceProfiles profiles = DeviceProfiles.parse(written, "devices.json", PROTOCOLS);
        assertThat(profiles.profiles().get(0).renames()).isEqualTo(Map.of("force", "tip_force"));
        assertThat(profiles.profiles().get(0).usbId()).contains(UsbId.parse("0403:6001"));
        assertThat(written).contains("\"baud\" : 115200");
        assertThat(profiles.profiles().get(1).renames()).isEqualTo(Map.of("force", "f2"));
    }

    @Test
    void noRenamesRemovesTheChannelsKey() {
        String written = ProfileRenames.withRenames(FILE, "second gauge", Map.of(), PROTOCOLS);

        assertThat(written).doesNotContain("channels");
        assertThat(DeviceProfiles.parse(written, "devices.json", PROTOCOLS).profiles())
                .hasSize(2);
    }

    @Test
    void refusesAnUnknownProfileAndAnInvalidChannelName() {
        assertThatThrownBy(() -> ProfileRenames.withRenames(FILE, "third gauge", Map.of(), PROTOCOLS))
                .isInstanceOf(BadInputException.class)
                .hasMessage("no device profile named 'third gauge' in devices.json");
        assertThatThrownBy(
                        () -> ProfileRenames.withRenames(FILE, "bench gauge", Map.of("force", "Tip Force"), PROTOCOLS))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("channel rename 'force' → 'Tip Force': names are lower case letters");
    }
}

package org.steadyhand.ui.rig;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordingSettingsTest {
    @Test
    void theAntNetworkKeyIsNotStoredWithTheSession() {
        String json = RecordingSettings.json(
                List.of("serial:ant:/dev/ttyUSB0?network_key=0102030405060708&baud=57600", "sim"), Optional.empty());

        assertThat(json)
                .doesNotContain("0102030405060708")
                .contains("serial:ant:/dev/ttyUSB0?network_key=***&baud=57600", "\"sim\"");
    }
}

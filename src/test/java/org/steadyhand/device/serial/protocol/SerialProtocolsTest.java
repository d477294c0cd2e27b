package org.steadyhand.device.serial.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.steadyhand.core.BadInputException;

class SerialProtocolsTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            steadyhand, SteadyhandFirmwareProtocol
            mark10,     Mark10Protocol
            imada,      ImadaProtocol
            freetarget, FreeTargetProtocol
            ant,        AntHeartRateProtocol
            cms50d,     Cms50dProtocol
            """)
    void findsEachProtocolByName(String name, String className) {
        SerialProtocol protocol = SerialProtocols.byName(name);

        assertThat(protocol.name()).isEqualTo(name);
        assertThat(protocol.getClass().getSimpleName()).isEqualTo(className);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Mark10", "modbus", "imada "})
    void unknownNameIsBadInputNamingTheValidOnes(String name) {
        assertThatThrownBy(() -> SerialProtocols.byName(name))
                .isInstanceOf(BadInputException.class)
                .hasMessage("unknown serial protocol '" + name
                        + "': use one of steadyhand, mark10, imada, freetarget, ant, cms50d");
    }

    @org.junit.jupiter.api.Test
    void listsAllInOrder() {
        assertThat(SerialProtocols.all())
                .extracting(SerialProtocol::name)
                .containsExactly("steadyhand", "mark10", "imada", "freetarget", "ant", "cms50d");
    }
}

package org.steadyhand.device.serial.protocol;

import java.util.List;
import java.util.stream.Collectors;
import org.steadyhand.core.BadInputException;

/** The serial protocols Steadyhand speaks, by the name used in {@code serial:PROTOCOL:PORT}. */
public final class SerialProtocols {
    private static final List<SerialProtocol> ALL = List.of(
            new SteadyhandFirmwareProtocol(),
            new Mark10Protocol(),
            new ImadaProtocol(),
            new FreeTargetProtocol(),
            new AntHeartRateProtocol(),
            new Cms50dProtocol());

    private SerialProtocols() {}

    /** Every protocol, in the order shown to users: steadyhand, mark10, imada, freetarget, ant, cms50d. */
    public static List<SerialProtocol> all() {
        return ALL;
    }

    /**
     * The protocol called {@code name} (exact, lower case).
     *
     * @throws BadInputException naming the valid names if there is none
     */
    public static SerialProtocol byName(String name) {
        for (SerialProtocol protocol : ALL) {
            if (protocol.name().equals(name)) {
                return protocol;
            }
        }
        throw new BadInputException("unknown serial protocol '" + name + "': use one of "
                + ALL.stream().map(SerialProtocol::name).collect(Collectors.joining(", ")));
    }
}

package org.steadyhand.device.serial;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.steadyhand.core.BadInputException;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceFactory;
import org.steadyhand.device.SourceSpec;
import org.steadyhand.device.serial.protocol.SerialProtocol;

/**
 * Opens {@code serial-replay:PROTOCOL:FILE[?pace=realtime|fast]}: a {@link CaptureLog} played
 * through a serial protocol's decoder (pace realtime by default). Immutable and thread-safe.
 */
public final class SerialReplayFactory implements SourceFactory {
    private final Map<String, SerialProtocol> protocols = new TreeMap<>();

    public SerialReplayFactory(List<? extends SerialProtocol> protocols) {
        for (SerialProtocol protocol : protocols) {
            this.protocols.put(protocol.name(), protocol);
        }
    }

    @Override
    public String scheme() {
        return "serial-replay";
    }

    /**
     * @throws BadInputException for an unknown protocol or option, or a capture that cannot be read
     */
    @Override
    public SerialReplaySource create(SourceSpec spec, SourceContext context) {
        if (!(spec instanceof SourceSpec.SerialReplay replay)) {
            throw new IllegalArgumentException("the serial replay factory was given a " + spec.scheme() + " spec");
        }
        SerialProtocol protocol = protocols.get(replay.protocol());
        if (protocol == null) {
            throw new BadInputException("source '" + spec.text() + "': unknown serial protocol '" + replay.protocol()
                    + "'; known protocols: " + String.join(", ", protocols.keySet()));
        }
        boolean realtime = true;
        for (Map.Entry<String, String> option : replay.options().entrySet()) {
            if (!option.getKey().equals("pace")) {
                throw new BadInputException("source '" + spec.text() + "': unknown option '" + option.getKey()
                        + "'; serial replay takes pace");
            }
            realtime = switch (option.getValue()) {
                case "realtime" -> true;
                case "fast" -> false;
                default ->
                    throw new BadInputException("source '" + spec.text() + "': pace must be realtime or fast, got '"
                            + option.getValue() + "'");
            };
        }
        return new SerialReplaySource(spec.text(), protocol, CaptureLog.read(replay.file()), realtime, context.clock());
    }
}

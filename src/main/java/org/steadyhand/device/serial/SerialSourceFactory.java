package org.steadyhand.device.serial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.Channel;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceFactory;
import org.steadyhand.device.SourceSpec;
import org.steadyhand.device.serial.protocol.SerialProtocol;
import org.steadyhand.device.serial.protocol.StartCommand;

/**
 * Opens {@code serial:PROTOCOL:PORT[?baud=N&data_bits=N&parity=P&stop_bits=N&rename=OLD:NEW]}
 * sources (options in {@link SerialSourceOptions}): a {@link SerialSource} speaking the named
 * protocol on the named port or path. Immutable and thread-safe.
 */
public final class SerialSourceFactory implements SourceFactory {
    private final Map<String, SerialProtocol> protocols;

    /** @param protocols the protocols this build speaks, by {@link SerialProtocol#name()} */
    public SerialSourceFactory(Map<String, SerialProtocol> protocols) {
        this.protocols = Map.copyOf(new TreeMap<>(protocols));
    }

    /** A factory for {@code protocols}, each under its own name. */
    public static SerialSourceFactory of(List<? extends SerialProtocol> protocols) {
        Map<String, SerialProtocol> byName = new TreeMap<>();
        for (SerialProtocol protocol : protocols) {
            if (byName.putIfAbsent(protocol.name(), protocol) != null) {
                throw new IllegalArgumentException("two serial protocols named '" + protocol.name() + "'");
            }
        }
        return new SerialSourceFactory(byName);
    }

    @Override
    public String scheme() {
        return "serial";
    }

    /**
     * @throws BadInputException for an unknown protocol (listing the known ones), an unknown
     *     option, a bad line setting or a rename of a channel the protocol does not have
     */
    @Override
    public SerialSource create(SourceSpec spec, SourceContext context) {
        if (!(spec instanceof SourceSpec.Serial serial)) {
            throw new IllegalArgumentException("the serial source factory was given a " + spec.scheme() + " spec");
        }
        SerialProtocol protocol = protocols.get(serial.protocol());
        if (protocol == null) {
            throw new BadInputException("source '" + serial.text() + "': unknown serial protocol '" + serial.protocol()
                    + "'; known protocols: " + String.join(", ", new TreeMap<>(protocols).keySet()));
        }
        String text = redacted(serial.text(), protocol.optionNames());
        SourceSpec.Serial shown =
                new SourceSpec.Serial(text, serial.protocol(), serial.port(), serial.baud(), serial.options());
        SerialSourceOptions options = SerialSourceOptions.of(shown, protocol.defaultSettings(), protocol.optionNames());
        List<StartCommand> start = protocol.startCommands(options.protocolOptions());
        return new SerialSource(
                text,
                protocol,
                serial.port(),
                options.settings(),
                renamed(text, protocol, options.renames()),
                context.clock(),
                start);
    }

    /**
     * The spec text with the values of the protocol's own options (which may be secrets, like the
     * ANT+ network key) replaced by {@code ***}: this text names the source in logs, events and
     * recordings.
     */
    static String redacted(String text, Set<String> secretOptions) {
        String out = text;
        for (String name : secretOptions) {
            out = out.replaceAll("([?&]" + Pattern.quote(name) + "=)[^&]*", "$1***");
        }
        return out;
    }

    /** Known protocol names, sorted. */
    public List<String> protocolNames() {
        return List.copyOf(new TreeMap<>(protocols).keySet());
    }

    private static List<Channel> renamed(String spec, SerialProtocol protocol, Map<String, String> renames) {
        List<String> names = protocol.channels().stream().map(Channel::name).toList();
        for (String old : renames.keySet()) {
            if (!names.contains(old)) {
                throw new BadInputException("source '" + spec + "': cannot rename '" + old + "'; protocol "
                        + protocol.name() + " has channels " + (names.isEmpty() ? "(none)" : String.join(", ", names)));
            }
        }
        List<Channel> channels = new ArrayList<>();
        for (Channel channel : protocol.channels()) {
            String name = renames.getOrDefault(channel.name(), channel.name());
            channels.add(new Channel(name, channel.unit(), channel.nominalRateHz()));
        }
        if (channels.stream().map(Channel::name).distinct().count() != channels.size()) {
            throw new BadInputException("source '" + spec + "': renames give two channels the same name");
        }
        return List.copyOf(channels);
    }
}

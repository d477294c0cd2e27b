package org.steadyhand.device.serial.protocol;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steadyhand.core.Channel;

/**
 * One instrument wire protocol spoken over a serial line: its line settings, the channels it
 * produces, whether the instrument must be polled, and a decoder for its bytes. One implementation
 * per protocol, named as in {@code --source serial:PROTOCOL:PORT}. Protocols know nothing of
 * jSerialComm; the serial link feeds them bytes.
 *
 * <p>Implementations are immutable and thread-safe; each connection gets its own decoder.
 */
public interface SerialProtocol {
    /** The protocol's name in source specs, e.g. {@code mark10}. */
    String name();

    /** Line settings used when the source spec does not override them. */
    SerialSettings defaultSettings();

    /**
     * The channels every {@link DecodeSink#reading} of this protocol fills, in order, with their
     * units and nominal rates. Empty for a protocol that only produces events (an electronic
     * target's shots).
     */
    List<Channel> channels();

    /** What to send to the instrument, and how often, to get readings; empty if it streams by itself. */
    Optional<PollCommand> poll();

    /**
     * Names of the protocol's own source-spec options (beyond the line settings), e.g. {@code
     * network_key}; none by default.
     */
    default Set<String> optionNames() {
        return Set.of();
    }

    /**
     * What to send after every (re)connect before the instrument streams, in order; none by
     * default.
     *
     * @param options the protocol's own options from the source spec ({@link #optionNames()})
     * @throws org.steadyhand.core.BadInputException if a required option is missing or malformed;
     *     the message never contains an option's value
     */
    default List<StartCommand> startCommands(Map<String, String> options) {
        return List.of();
    }

    /** A decoder for one connection, reporting to {@code sink} on the caller's thread. */
    SerialDecoder newDecoder(DecodeSink sink);
}

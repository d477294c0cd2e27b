package org.steadyhand.league.sync;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.steadyhand.core.BadInputException;

/**
 * Finds the league server on the LAN by UDP broadcast (the protocol of the server's discovery
 * responder: query {@value #QUERY}, reply {@code STEADYHAND-LEAGUE v1 port=N}), and reads a typed
 * address as the fallback when broadcasts do not get through.
 *
 * <p>Stateless; thread-safe.
 */
public final class LeagueDiscovery {
    /** Must match the server's {@code DiscoveryResponder}. */
    public static final int PORT = 8471;

    static final String QUERY = "STEADYHAND-LEAGUE-DISCOVER v1";
    private static final String REPLY_PREFIX = "STEADYHAND-LEAGUE v1 port=";
    private static final int DEFAULT_HTTP_PORT = 8470;

    private LeagueDiscovery() {}

    /** Broadcasts on every interface (and 255.255.255.255) and returns the servers that answered. */
    public static List<URI> discover(Duration timeout) throws IOException {
        return discover(broadcastAddresses(), PORT, timeout);
    }

    /** Sends the query to {@code targets} on {@code udpPort}; the servers that answer within {@code timeout}. */
    public static List<URI> discover(List<InetAddress> targets, int udpPort, Duration timeout) throws IOException {
        Set<URI> found = new LinkedHashSet<>();
        byte[] query = QUERY.getBytes(StandardCharsets.US_ASCII);
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setBroadcast(true);
            for (InetAddress target : targets) {
                socket.send(new DatagramPacket(query, query.length, target, udpPort));
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            byte[] buffer = new byte[256];
            while (true) {
                long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (leftMillis <= 0) {
                    break;
                }
                socket.setSoTimeout((int) leftMillis);
                DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(reply);
                } catch (SocketTimeoutException e) {
                    break;
                }
                parseReply(new String(reply.getData(), 0, reply.getLength(), StandardCharsets.US_ASCII))
                        .ifPresent(port ->
                                found.add(URI.create("http://" + hostLiteral(reply.getAddress()) + ":" + port + "/")));
            }
        }
        return List.copyOf(found);
    }

    static Optional<Integer> parseReply(String text) {
        if (!text.startsWith(REPLY_PREFIX)) {
            return Optional.empty();
        }
        try {
            int port = Integer.parseInt(text.substring(REPLY_PREFIX.length()).trim());
            return port > 0 && port <= 65_535 ? Optional.of(port) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A typed server address: {@code host}, {@code host:port} or an {@code http(s)://} URL; the
     * port defaults to 8470.
     *
     * @throws BadInputException for anything else, with what was wrong
     */
    public static URI parseTyped(String typed) {
        String text = typed == null ? "" : typed.trim();
        if (text.isEmpty()) {
            throw new BadInputException("type the league server's address, e.g. 192.168.1.20 or league-box:8470");
        }
        String withScheme = text.contains("://") ? text : "http://" + text;
        try {
            URI uri = new URI(withScheme);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new BadInputException("not a league server address: " + typed);
            }
            int port = uri.getPort() == -1 ? DEFAULT_HTTP_PORT : uri.getPort();
            return new URI(uri.getScheme(), null, uri.getHost(), port, "/", null, null);
        } catch (java.net.URISyntaxException e) {
            throw new BadInputException("not a league server address: " + typed);
        }
    }

    private static String hostLiteral(InetAddress address) {
        String host = address.getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static List<InetAddress> broadcastAddresses() throws IOException {
        List<InetAddress> targets = new ArrayList<>();
        targets.add(InetAddress.getByName("255.255.255.255"));
        for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
            if (!network.isUp()) {
                continue;
            }
            for (InterfaceAddress address : network.getInterfaceAddresses()) {
                if (address.getBroadcast() != null) {
                    targets.add(address.getBroadcast());
                }
            }
        }
        return targets;
    }
}

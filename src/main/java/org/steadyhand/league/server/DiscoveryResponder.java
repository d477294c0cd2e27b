package org.steadyhand.league.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers LAN discovery: a workstation broadcasts {@value #QUERY} to UDP port {@value #PORT}; this
 * replies to the sender with {@code STEADYHAND-LEAGUE v1 port=8470}, and the workstation takes the
 * server's address from the reply's source. Plain UDP broadcast instead of mDNS: no library, and
 * clinic networks that drop broadcasts still have the typed address.
 *
 * <p>Runs one daemon thread; thread-safe {@link #close()}.
 */
public final class DiscoveryResponder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiscoveryResponder.class);
    public static final int PORT = 8471;
    public static final String QUERY = "STEADYHAND-LEAGUE-DISCOVER v1";
    public static final String REPLY_PREFIX = "STEADYHAND-LEAGUE v1 port=";

    private final DatagramSocket socket;
    private final int httpPort;

    private DiscoveryResponder(DatagramSocket socket, int httpPort) {
        this.socket = socket;
        this.httpPort = httpPort;
    }

    /** Listens on UDP {@code udpPort} (0 for any, in tests) and announces {@code httpPort}. */
    public static DiscoveryResponder start(int udpPort, int httpPort) {
        try {
            DatagramSocket socket = new DatagramSocket(new InetSocketAddress(udpPort));
            DiscoveryResponder responder = new DiscoveryResponder(socket, httpPort);
            Thread.ofPlatform().daemon().name("league-discovery").start(responder::serve);
            return responder;
        } catch (SocketException e) {
            throw new UncheckedIOException("cannot listen for discovery on UDP port " + udpPort, e);
        }
    }

    public int udpPort() {
        return socket.getLocalPort();
    }

    private void serve() {
        byte[] buffer = new byte[256];
        byte[] reply = (REPLY_PREFIX + httpPort).getBytes(StandardCharsets.US_ASCII);
        while (!socket.isClosed()) {
            DatagramPacket query = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(query);
                String text = new String(query.getData(), 0, query.getLength(), StandardCharsets.US_ASCII);
                if (text.equals(QUERY)) {
                    socket.send(new DatagramPacket(reply, reply.length, query.getSocketAddress()));
                }
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.warn("discovery: {}", e.getMessage());
                }
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}

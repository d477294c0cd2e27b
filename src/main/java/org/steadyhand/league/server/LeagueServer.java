package org.steadyhand.league.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.league.RankingIndex;
import org.steadyhand.league.Role;

/**
 * The LAN leaderboard server: embedded Jetty serving the league API, the live page, health and
 * metrics over its own {@link LeagueStore}. At start the ranking index is rebuilt from the stored
 * scores; afterwards boards are answered from memory.
 *
 * <p>Start once, stop once. Thread-safe.
 */
public final class LeagueServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LeagueServer.class);

    /**
     * How the server listens and what it allows.
     *
     * @param bindAddress the interface to listen on ("0.0.0.0" for the whole LAN)
     * @param port 0 for any free port
     * @param ratePerSecond requests a second allowed per client on average, 0 for no limit
     * @param rateBurst requests a client may make at once
     * @param maxBodyBytes largest request body accepted; larger is 413
     * @param accessTokenLifetime how long an access token is valid before it must be refreshed
     * @param tls serve HTTPS with this key store instead of plain HTTP
     */
    public record Config(
            String bindAddress,
            int port,
            double ratePerSecond,
            double rateBurst,
            int maxBodyBytes,
            Duration accessTokenLifetime,
            Optional<SelfSignedCertificate> tls) {
        public static final int DEFAULT_PORT = 8470;

        public Config {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
            }
            if (maxBodyBytes < 256) {
                throw new IllegalArgumentException("the body limit must be at least 256 bytes");
            }
        }

        /** Port 8470 on every interface, 50 requests/s per client (bursts of 100), 16 KiB bodies, 15-minute tokens. */
        public static Config defaults() {
            return new Config("0.0.0.0", DEFAULT_PORT, 50, 100, 16 * 1024, Duration.ofMinutes(15), Optional.empty());
        }

        public Config withPort(int newPort) {
            return new Config(bindAddress, newPort, ratePerSecond, rateBurst, maxBodyBytes, accessTokenLifetime, tls);
        }

        public Config withBind(String address) {
            return new Config(address, port, ratePerSecond, rateBurst, maxBodyBytes, accessTokenLifetime, tls);
        }

        public Config withRate(double perSecond, double burst) {
            return new Config(bindAddress, port, perSecond, burst, maxBodyBytes, accessTokenLifetime, tls);
        }

        public Config withTokenLifetime(Duration lifetime) {
            return new Config(bindAddress, port, ratePerSecond, rateBurst, maxBodyBytes, lifetime, tls);
        }

        public Config withTls(SelfSignedCertificate certificate) {
            return new Config(
                    bindAddress,
                    port,
                    ratePerSecond,
                    rateBurst,
                    maxBodyBytes,
                    accessTokenLifetime,
                    Optional.of(certificate));
        }
    }

    private final Server jetty;
    private final ServerConnector connector;
    private final Tokens tokens;
    private final RankingIndex index;

    private LeagueServer(Server jetty, ServerConnector connector, Tokens tokens, RankingIndex index) {
        this.jetty = jetty;
        this.connector = connector;
        this.tokens = tokens;
        this.index = index;
    }

    /** Loads the boards from {@code store} and starts listening. */
    public static LeagueServer start(LeagueStore store, Config config, Clock clock) {
        long loadStart = System.nanoTime();
        RankingIndex index = new RankingIndex();
        store.loadInto(index);
        LOG.info(
                "league boards loaded: {} trainees in {} ms",
                index.size(RankingIndex.GLOBAL),
                (System.nanoTime() - loadStart) / 1_000_000);

        ObjectMapper json = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Tokens tokens = new Tokens(store.signingKey(), clock);
        Authenticator auth = new Authenticator(tokens);
        TeamStore teams = new TeamStore(store);
        ApiHandler handler = new ApiHandler(
                new LeaderboardRoutes(index, store, teams, auth, json, clock),
                new AccessRoutes(new PairingStore(store), tokens, auth, json, clock, config.accessTokenLifetime()),
                new AdminRoutes(teams, auth, json),
                new RateLimiter(config.ratePerSecond(), config.rateBurst(), System::nanoTime),
                new Metrics(),
                index,
                store,
                json,
                config.maxBodyBytes());

        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("league-http");
        Server jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = config.tls().isPresent()
                ? httpsConnector(jetty, http, config.tls().get())
                : new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost(config.bindAddress());
        connector.setPort(config.port());
        jetty.addConnector(connector);
        jetty.setHandler(handler);
        jetty.setErrorHandler(new JettyErrors());
        jetty.setStopTimeout(2_000);
        try {
            jetty.start();
        } catch (Exception e) {
            stopQuietly(jetty);
            throw new IllegalStateException(
                    "cannot listen on " + config.bindAddress() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        LOG.info("league server listening on {}:{}", config.bindAddress(), connector.getLocalPort());
        return new LeagueServer(jetty, connector, tokens, index);
    }

    private static ServerConnector httpsConnector(Server jetty, HttpConfiguration http, SelfSignedCertificate tls) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(tls.keyStore().toString());
        ssl.setKeyStorePassword(tls.password());
        ssl.setKeyStoreType("PKCS12");
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false); // workstations may connect by IP address or any local name
        http.addCustomizer(secure);
        return new ServerConnector(
                jetty, new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()), new HttpConnectionFactory(http));
    }

    /** The port actually listened on (useful with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** A token of {@code role} not tied to a workstation, for the instructor or an administrator. */
    public String issueToken(String subject, Role role, Duration lifetime) {
        return tokens.issue(subject, role, Optional.empty(), lifetime);
    }

    /** A token as a paired workstation would hold; for tests and tools on the server machine. */
    public String issueWorkstationToken(String workstationId, Duration lifetime) {
        return tokens.issue(workstationId, Role.TRAINEE, Optional.of(workstationId), lifetime);
    }

    public RankingIndex index() {
        return index;
    }

    @Override
    public void close() {
        stopQuietly(jetty);
    }

    private static void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("stopping the league server failed: {}", e.getMessage());
        }
    }
}

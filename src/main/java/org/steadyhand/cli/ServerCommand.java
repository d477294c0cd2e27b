package org.steadyhand.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.steadyhand.core.BadInputException;
import org.steadyhand.league.Role;
import org.steadyhand.league.server.DiscoveryResponder;
import org.steadyhand.league.server.LeagueServer;
import org.steadyhand.league.server.LeagueStore;
import org.steadyhand.league.server.LeagueStoreException;
import org.steadyhand.league.server.SelfSignedCertificate;
import org.steadyhand.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code steadyhand server}: runs the LAN leaderboard until stopped (Ctrl-C). Prints where it
 * listens and an instructor token for approving pairings and running leagues.
 */
@Command(
        name = "server",
        mixinStandardHelpOptions = true,
        description = "Run the clinic's league server (leaderboard API, live page at /, pairing).")
final class ServerCommand implements Callable<Integer> {
    @Option(
            names = "--port",
            defaultValue = "8470",
            description = "TCP port (default ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(
            names = "--bind",
            defaultValue = "0.0.0.0",
            description = "Address to listen on (default ${DEFAULT-VALUE}: every interface).")
    String bind;

    @Option(
            names = "--db",
            paramLabel = "URL",
            description = "JDBC URL of the league database (default: H2 file league-server in the data folder;"
                    + " e.g. jdbc:postgresql://host/league).")
    String jdbcUrl;

    @Option(names = "--db-user", defaultValue = "sa", description = "Database user (default ${DEFAULT-VALUE}).")
    String user;

    @Option(
            names = "--db-password-env",
            paramLabel = "VAR",
            description = "Environment variable holding the database password (never on the command line).")
    String passwordVariable;

    @Option(
            names = "--rate-limit",
            defaultValue = "50",
            description = "Requests per second allowed per client, bursts of twice that (default ${DEFAULT-VALUE};"
                    + " 0 turns limiting off).")
    double ratePerSecond;

    @Option(
            names = "--tls",
            description = "Serve HTTPS with a self-signed certificate made on first use (league-server-tls.p12 in"
                    + " the data folder).")
    boolean tls;

    @Option(
            names = "--no-discovery",
            description = "Do not answer LAN discovery broadcasts (UDP port " + DiscoveryResponder.PORT + ").")
    boolean noDiscovery;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535 || ratePerSecond < 0) {
            throw new BadInputException("--port must be 0 to 65535 and --rate-limit >= 0");
        }
        String url = Optional.ofNullable(jdbcUrl)
                .orElse("jdbc:h2:file:"
                        + DataDirectory.resolve(Optional.empty()).resolve("league-server"));
        String password = passwordVariable == null
                ? ""
                : Optional.ofNullable(System.getenv(passwordVariable))
                        .orElseThrow(() ->
                                new BadInputException("environment variable " + passwordVariable + " is not set"));
        LeagueStore store;
        try {
            store = LeagueStore.open(url, user, password);
        } catch (LeagueStoreException e) {
            throw new BadInputException(e.getMessage());
        }
        LeagueServer.Config config = LeagueServer.Config.defaults()
                .withPort(port)
                .withBind(bind)
                .withRate(ratePerSecond, Math.max(1, 2 * ratePerSecond));
        if (tls) {
            config = config.withTls(SelfSignedCertificate.ensure(
                    DataDirectory.resolve(Optional.empty()).resolve("league-server-tls.p12")));
        }
        LeagueServer server = LeagueServer.start(store, config, Clock.systemUTC());
        Optional<DiscoveryResponder> discovery = noDiscovery
                ? Optional.empty()
                : Optional.of(DiscoveryResponder.start(DiscoveryResponder.PORT, server.port()));
        var out = spec.commandLine().getOut();
        out.printf("league server on %s://%s:%d/ (database %s)%n", tls ? "https" : "http", bind, server.port(), url);
        out.printf(
                "instructor token (12 h): %s%n",
                server.issueToken("instructor", Role.INSTRUCTOR, Duration.ofHours(12)));
        out.println("approve a workstation: curl -X POST -H 'Authorization: Bearer TOKEN'" + " http://HOST:"
                + server.port() + "/api/v1/pairing/CODE/approve");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            discovery.ifPresent(DiscoveryResponder::close);
            server.close();
            store.close();
            stopped.countDown();
        }));
        stopped.await();
        return SteadyhandCli.OK;
    }
}

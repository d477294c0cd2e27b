package org.steadyhand.cli;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.steadyhand.core.BadInputException;
import org.steadyhand.league.sync.LeagueDiscovery;
import org.steadyhand.league.sync.LeaguePairing;
import org.steadyhand.store.LeagueOutbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code steadyhand league pair}: finds the server (typed address, else LAN discovery), shows the
 * pairing code for the instructor, waits for approval and stores the link.
 */
@Command(
        name = "pair",
        mixinStandardHelpOptions = true,
        description = "Pair with the league server: shows a code for the instructor to approve.")
final class LeaguePairCommand implements Callable<Integer> {
    @Mixin
    DataFolderOption dataFolder;

    @Option(
            names = "--server",
            paramLabel = "ADDRESS",
            description = "Server address (host, host:port or URL); without it the LAN is searched.")
    String server;

    @Option(names = "--name", required = true, description = "This workstation's name as the instructor sees it.")
    String name;

    @Option(
            names = "--wait",
            defaultValue = "10m",
            converter = DurationConverter.class,
            description = "How long to wait for approval (default ${DEFAULT-VALUE}).")
    Duration wait;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final CliServicesFactory services;

    LeaguePairCommand(CliServicesFactory services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        URI address = server != null ? LeagueDiscovery.parseTyped(server) : discover();
        LeaguePairing pairing = new LeaguePairing(address);
        LeaguePairing.Ticket ticket = pairing.request(name);
        out.printf("pairing code %s: ask the instructor to approve it on %s%n", ticket.code(), address);
        out.flush();
        try (CliServices opened = services.open(dataFolder.value())) {
            LeagueOutbox outbox = new LeagueOutbox(opened.database());
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline) {
                Optional<LeagueOutbox.Link> link = pairing.poll(ticket, outbox, Clock.systemUTC());
                if (link.isPresent()) {
                    out.printf("paired with %s as %s%n", address, link.get().workstationId());
                    return SteadyhandCli.OK;
                }
                Thread.sleep(2_000);
            }
        }
        throw new BadInputException("the pairing code " + ticket.code() + " was not approved within " + wait);
    }

    private static URI discover() throws Exception {
        List<URI> found = LeagueDiscovery.discover(Duration.ofSeconds(2));
        if (found.isEmpty()) {
            throw new BadInputException("no league server answered on the LAN; give its address with --server");
        }
        return found.get(0);
    }
}

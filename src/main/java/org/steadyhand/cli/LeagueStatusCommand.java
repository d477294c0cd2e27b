package org.steadyhand.cli;

import java.util.concurrent.Callable;
import org.steadyhand.store.LeagueOutbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code steadyhand league status}: the paired server and the outbox counts. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Show the paired league server and how many scores wait, were sent or refused.")
final class LeagueStatusCommand implements Callable<Integer> {
    @Mixin
    DataFolderOption dataFolder;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final CliServicesFactory services;

    LeagueStatusCommand(CliServicesFactory services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (CliServices opened = services.open(dataFolder.value())) {
            LeagueOutbox outbox = new LeagueOutbox(opened.database());
            outbox.link()
                    .ifPresentOrElse(
                            link -> out.printf(
                                    "server %s, this workstation %s%n", link.serverUrl(), link.workstationId()),
                            () -> out.println("not paired (steadyhand league pair --name NAME [--server ADDRESS])"));
            LeagueOutbox.Counts counts = outbox.counts();
            out.printf("scores pending %d, sent %d, refused %d%n", counts.pending(), counts.sent(), counts.rejected());
        }
        return SteadyhandCli.OK;
    }
}

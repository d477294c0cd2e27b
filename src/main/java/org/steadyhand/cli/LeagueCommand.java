package org.steadyhand.cli;

import picocli.CommandLine.Command;

/**
 * {@code steadyhand league}: this workstation's link to the clinic's league server. Only groups
 * its subcommands (pair, status).
 */
@Command(
        name = "league",
        mixinStandardHelpOptions = true,
        description = "Pair this workstation with the league server and see what is waiting to be sent.")
final class LeagueCommand {}

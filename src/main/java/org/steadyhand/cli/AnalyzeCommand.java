package org.steadyhand.cli;

import picocli.CommandLine.Command;

/**
 * {@code steadyhand analyze}: analyses of signals in files, without the database. Only groups its
 * subcommands; called alone, picocli reports the missing subcommand (exit code 2).
 */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = "Analyse a signal from a CSV file, RR intervals, or a series of shots.",
        subcommands = {
            AnalyzeTremorCommand.class,
            AnalyzeForceCommand.class,
            AnalyzeHrvCommand.class,
            AnalyzeShotsCommand.class
        })
final class AnalyzeCommand {}

package org.steadyhand.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.core.BadInputException;
import org.steadyhand.device.DeviceException;
import org.steadyhand.store.StoreException;
import picocli.CommandLine;

/**
 * Runs a command line and turns its outcome into an exit code: 0 success, 2 bad usage or bad input
 * (one clear line on stderr), 1 anything else (one line on stderr, the details in the log file).
 */
public final class SteadyhandCli {
    private static final Logger LOG = LoggerFactory.getLogger(SteadyhandCli.class);

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private final CliServicesFactory services;

    public SteadyhandCli(CliServicesFactory services) {
        this.services = services;
    }

    /** Runs {@code args}; output to {@code out}, messages to {@code err}. */
    public int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new SteadyhandCommand())
                .addSubcommand(new RecordCommand(services))
                .addSubcommand(new SessionsCommand(services))
                .addSubcommand(new ReportCommand(services))
                .addSubcommand(new ExportCommand(services))
                .addSubcommand(new DevicesCommand(services))
                .addSubcommand(new AnalyzeCommand())
                .addSubcommand(new HidCommand())
                .addSubcommand(new BenchCommand())
                .addSubcommand(new ServerCommand())
                .addSubcommand(new CommandLine(new LeagueCommand())
                        .addSubcommand(new LeaguePairCommand(services))
                        .addSubcommand(new LeagueStatusCommand(services)));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            // e.g. "steadyhand analyze force": nested commands name their whole path.
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            err.println("steadyhand: " + e.getMessage() + " (see '" + command + " --help')");
            err.flush();
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            err.println("steadyhand: " + describe(e));
            err.flush();
            return exitCodeOf(e);
        });
        return commandLine.execute(args);
    }

    private static String describe(Exception e) {
        return switch (e) {
            case BadInputException bad -> bad.getMessage();
            case DeviceException device -> device.getMessage();
            case StoreException store -> store.getMessage();
            default -> {
                LOG.error("command failed", e);
                yield "unexpected error: " + e + " (details in the log file)";
            }
        };
    }

    private static int exitCodeOf(Exception e) {
        return e instanceof BadInputException ? BAD_INPUT : FAILED;
    }
}

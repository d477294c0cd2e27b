package org.steadyhand.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.steadyhand.cli.SteadyhandCli;
import org.steadyhand.store.DataDirectory;

/**
 * The application's entry point: no arguments starts the workstation window, anything else runs
 * a command headless. Log files go to the data folder's {@code logs/}, so that folder is worked out
 * before the first logger is created.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Path dataFolder = DataDirectory.resolve(dataFolderOption(args));
        System.setProperty("steadyhand.log.dir", dataFolder.resolve("logs").toString());
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exitCode = args.length == 0
                ? new GuiLauncher(dataFolder).run(err)
                : new SteadyhandCli(Workstation::openForCommands).run(args, out, err);
        System.exit(exitCode);
    }

    /**
     * The value of {@code --db} if the arguments hold one, read before picocli parses them (which
     * reports a malformed option properly); only used to place the log file.
     */
    static Optional<Path> dataFolderOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--db") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--db=")) {
                value = args[i].substring("--db=".length());
            }
            if (value != null && !value.isBlank()) {
                try {
                    return Optional.of(Path.of(value));
                } catch (InvalidPathException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}

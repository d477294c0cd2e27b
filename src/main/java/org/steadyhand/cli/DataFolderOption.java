package org.steadyhand.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option, accepted before or after the subcommand name. */
final class DataFolderOption {
    @Option(
            names = "--db",
            paramLabel = "PATH",
            description = "Data folder holding the database (default: $STEADYHAND_HOME or the platform's data folder).")
    Path path;

    Optional<Path> value() {
        return Optional.ofNullable(path);
    }
}

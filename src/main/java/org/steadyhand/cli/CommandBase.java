package org.steadyhand.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the data folder option, output streams, opening services. */
abstract class CommandBase {
    @ParentCommand
    SteadyhandCommand parent;

    @Mixin
    DataFolderOption dataFolder;

    @Spec
    CommandSpec spec;

    private final CliServicesFactory services;

    CommandBase(CliServicesFactory services) {
        this.services = services;
    }

    /** The data folder: this command's {@code --db}, else the one given before the command name. */
    Optional<Path> dataFolder() {
        return dataFolder.value().or(() -> parent == null ? Optional.empty() : parent.dataFolder());
    }

    CliServices openServices() {
        return services.open(dataFolder());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}

package org.steadyhand.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code steadyhand} command; without a subcommand the app starts the GUI instead. */
@Command(
        name = "steadyhand",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Training workstation for microsurgery and marksmanship simulators.",
        footer = "%nWithout a command, steadyhand starts the workstation window.")
final class SteadyhandCommand implements Runnable {
    @Mixin
    DataFolderOption dataFolder;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Optional<Path> dataFolder() {
        return dataFolder.value();
    }
}

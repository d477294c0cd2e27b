package org.steadyhand.cli;

import java.nio.file.Path;
import java.util.Optional;

/** Opens the services for a data folder ({@code --db}, else the default); supplied by the app. */
@FunctionalInterface
public interface CliServicesFactory {
    CliServices open(Optional<Path> dataFolderOption);
}

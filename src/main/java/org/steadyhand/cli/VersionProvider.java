package org.steadyhand.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest (or "development" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = SteadyhandCommand.class.getPackage().getImplementationVersion();
        return new String[] {"steadyhand " + (version == null ? "development build" : version)};
    }
}

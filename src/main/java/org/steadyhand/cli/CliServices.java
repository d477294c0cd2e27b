package org.steadyhand.cli;

import org.steadyhand.device.SourceRegistry;
import org.steadyhand.session.ModuleCatalog;
import org.steadyhand.session.SessionStore;
import org.steadyhand.store.Database;
import org.steadyhand.store.SessionCatalog;
import org.steadyhand.store.SessionScoring;
import org.steadyhand.store.TelemetryReader;

/**
 * What the commands use, opened by the composition root for the data folder the user chose.
 * Closing it closes the database.
 */
public record CliServices(
        Database database,
        SourceRegistry sources,
        ModuleCatalog modules,
        SessionStore sessionStore,
        SessionCatalog catalog,
        TelemetryReader telemetry,
        SessionScoring scoring)
        implements AutoCloseable {
    @Override
    public void close() {
        database.close();
    }
}

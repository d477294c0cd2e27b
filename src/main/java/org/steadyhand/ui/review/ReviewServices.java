package org.steadyhand.ui.review;

import java.time.Clock;
import org.steadyhand.session.ModuleCatalog;
import org.steadyhand.store.Database;
import org.steadyhand.store.ScoreRepository;
import org.steadyhand.store.SessionCatalog;
import org.steadyhand.store.SessionExporter;
import org.steadyhand.store.SessionNotes;
import org.steadyhand.store.TelemetryReader;

/**
 * What the review screen uses from the store, as wired by the composition root. All parts are
 * thread-safe (each call on its own connection).
 *
 * @param clock stamps saved notes
 */
public record ReviewServices(
        SessionCatalog catalog,
        TelemetryReader telemetry,
        ScoreRepository scores,
        SessionNotes notes,
        SessionExporter exporter,
        ModuleCatalog modules,
        Clock clock) {

    /** The store classes on one database. */
    public static ReviewServices of(Database database, ModuleCatalog modules, Clock clock) {
        TelemetryReader telemetry = new TelemetryReader(database);
        return new ReviewServices(
                new SessionCatalog(database),
                telemetry,
                new ScoreRepository(database),
                new SessionNotes(database),
                new SessionExporter(telemetry),
                modules,
                clock);
    }
}

package org.steadyhand.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.steadyhand.store.ExportFormat;
import org.steadyhand.store.SessionExporter;
import org.steadyhand.store.SessionSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code steadyhand export}: writes a session to a CSV or JSON file. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export a recorded session to a file.")
final class ExportCommand extends CommandBase implements Callable<Integer> {
    @Parameters(paramLabel = "SESSION_ID", description = "Session id, or its first characters as 'sessions' shows.")
    String sessionId;

    @Option(names = "--format", required = true, paramLabel = "csv|json", description = "File format.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write (replaced if present).")
    Path out;

    ExportCommand(CliServicesFactory services) {
        super(services);
    }

    @Override
    public Integer call() {
        ExportFormat exportFormat = ExportFormat.parse(format);
        try (CliServices services = openServices()) {
            SessionSummary session = services.catalog().resolve(sessionId);
            Progress progress = new Progress(err(), "exporting", Duration.ZERO);
            long samples = new SessionExporter(services.telemetry())
                    .export(session, exportFormat, out, (done, total) -> progress.fraction(done, total, "samples"));
            progress.done();
            out().printf("Exported session %s (%d samples) to %s%n", session.id(), samples, out.toAbsolutePath());
            out().flush();
            return 0;
        }
    }
}

package org.steadyhand.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.steadyhand.store.SessionSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code steadyhand sessions}: lists stored sessions, newest first. */
@Command(name = "sessions", mixinStandardHelpOptions = true, description = "List recorded sessions, newest first.")
final class SessionsCommand extends CommandBase implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--trainee", paramLabel = "NAME", description = "Only this trainee's sessions.")
    String trainee;

    @Option(names = "--json", description = "Print the sessions as a JSON array.")
    boolean json;

    SessionsCommand(CliServicesFactory services) {
        super(services);
    }

    @Override
    public Integer call() {
        try (CliServices services = openServices()) {
            List<SessionSummary> sessions =
                    services.catalog().list(Optional.ofNullable(trainee).map(String::strip));
            if (json) {
                out().println(Json.write(sessions.stream().map(SessionJson::of).toList()));
            } else if (sessions.isEmpty()) {
                out().println(
                                trainee == null
                                        ? "No sessions recorded yet."
                                        : "No sessions for trainee '" + trainee + "'.");
            } else {
                out().printf(
                                "%-8s  %-19s  %-16s  %-15s  %-11s  %9s  %9s%n",
                                "ID", "STARTED", "TRAINEE", "MODULE", "STATUS", "LENGTH", "SAMPLES");
                for (SessionSummary s : sessions) {
                    out().printf(
                                    "%-8s  %-19s  %-16s  %-15s  %-11s  %8.1fs  %9d%n",
                                    s.id().toString().substring(0, 8),
                                    WHEN.format(s.startedAt().atZone(ZoneId.systemDefault())),
                                    clip(s.traineeName(), 16),
                                    clip(s.moduleId(), 15),
                                    s.status().label(),
                                    s.duration().toMillis() / 1000.0,
                                    SessionJson.totalSamples(s));
                }
            }
            out().flush();
            return 0;
        }
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}

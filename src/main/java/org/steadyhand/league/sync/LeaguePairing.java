package org.steadyhand.league.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.steadyhand.core.BadInputException;
import org.steadyhand.store.LeagueOutbox;

/**
 * The workstation side of pairing: asks the server for a code to show the instructor, then polls
 * with its secret until the instructor approved it and stores the link (server, workstation id,
 * refresh token) in the workstation database.
 *
 * <p>Not thread-safe: one pairing at a time.
 */
public final class LeaguePairing {
    private final URI server;
    private final HttpLeagueApi http;
    private final ObjectMapper json = new ObjectMapper();

    public LeaguePairing(URI server) {
        this.server = server;
        this.http = HttpLeagueApi.to(server);
    }

    /** What the instructor must approve, and what this workstation polls with. */
    public record Ticket(String code, String secret) {}

    public Ticket request(String workstationName) throws IOException, InterruptedException {
        HttpResponse<String> response = http.post("/api/v1/pairing", null, Map.of("workstationName", workstationName));
        if (response.statusCode() != 202) {
            throw new BadInputException(
                    "the league server refused pairing: HTTP " + response.statusCode() + " " + response.body());
        }
        JsonNode ticket = json.readTree(response.body());
        return new Ticket(ticket.path("code").asText(), ticket.path("secret").asText());
    }

    /** The stored link once approved; empty while the instructor has not approved yet. */
    public Optional<LeagueOutbox.Link> poll(Ticket ticket, LeagueOutbox outbox, Clock clock)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.post("/api/v1/pairing/poll", null, Map.of("secret", ticket.secret()));
        if (response.statusCode() == 202) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new BadInputException("pairing failed: HTTP " + response.statusCode() + " " + response.body());
        }
        JsonNode credentials = json.readTree(response.body());
        LeagueOutbox.Link link = new LeagueOutbox.Link(
                server,
                credentials.path("workstationId").asText(),
                credentials.path("refreshToken").asText(),
                clock.instant());
        outbox.saveLink(link);
        return Optional.of(link);
    }
}

package org.steadyhand.league.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.steadyhand.league.Role;

/**
 * Teams and leagues: instructors create them and enrol trainees; anyone on the LAN reads a league
 * table.
 *
 * <p>Thread-safe.
 */
final class AdminRoutes {
    private final TeamStore teams;
    private final Authenticator auth;
    private final ObjectMapper json;

    AdminRoutes(TeamStore teams, Authenticator auth, ObjectMapper json) {
        this.teams = teams;
        this.auth = auth;
        this.json = json;
    }

    void createTeam(Exchange exchange, int maxBodyBytes) throws IOException {
        auth.require(exchange, Role.INSTRUCTOR);
        Bodies.NewTeam body = json.readValue(exchange.body(maxBodyBytes), Bodies.NewTeam.class);
        String name = requireName(body == null ? null : body.name());
        String id = UUID.randomUUID().toString();
        try {
            teams.createTeam(id, name);
        } catch (LeagueStoreException e) {
            if (e.uniqueViolation()) {
                throw new ApiException(409, "TEAM_EXISTS", "a team named " + name + " exists");
            }
            throw e;
        }
        exchange.json(201, json.writeValueAsBytes(new Bodies.Created(id)));
    }

    void addMember(Exchange exchange, String teamId, int maxBodyBytes) throws IOException {
        auth.require(exchange, Role.INSTRUCTOR);
        Bodies.TeamAssignment body = json.readValue(exchange.body(maxBodyBytes), Bodies.TeamAssignment.class);
        if (body == null || body.traineeId() == null) {
            throw ApiException.badRequest("MISSING_FIELD", "traineeId is required");
        }
        teams.teamName(teamId).orElseThrow(() -> ApiException.notFound("no team " + teamId));
        if (!teams.assign(body.traineeId(), teamId)) {
            throw ApiException.notFound("no trainee " + body.traineeId() + " has a score yet");
        }
        exchange.json(200, json.writeValueAsBytes(new Bodies.Created(teamId)));
    }

    void createLeague(Exchange exchange, int maxBodyBytes) throws IOException {
        auth.require(exchange, Role.INSTRUCTOR);
        Bodies.NewLeague body = json.readValue(exchange.body(maxBodyBytes), Bodies.NewLeague.class);
        if (body == null || body.modules() == null || body.startsAt() == null || body.endsAt() == null) {
            throw ApiException.badRequest("MISSING_FIELD", "name, modules, startsAt and endsAt are required");
        }
        String name = requireName(body.name());
        Instant starts = instant(body.startsAt(), "startsAt");
        Instant ends = instant(body.endsAt(), "endsAt");
        if (!ends.isAfter(starts)) {
            throw ApiException.badRequest("INVALID_FIELD", "endsAt must be after startsAt");
        }
        if (body.modules().isEmpty()
                || body.modules().stream().anyMatch(m -> m == null || !m.matches("[a-z0-9][a-z0-9-]{0,63}"))) {
            throw ApiException.badRequest("INVALID_FIELD", "modules must name at least one module id");
        }
        String id = UUID.randomUUID().toString();
        teams.createLeague(
                id,
                name,
                List.copyOf(new java.util.LinkedHashSet<>(body.modules())),
                starts,
                ends,
                orEmpty(body.trainees()),
                orEmpty(body.teams()));
        exchange.json(201, json.writeValueAsBytes(new Bodies.Created(id)));
    }

    void leagueTable(Exchange exchange, String leagueId) throws IOException {
        String name = teams.leagueName(leagueId).orElseThrow(() -> ApiException.notFound("no league " + leagueId));
        List<Bodies.LeagueLine> lines = new ArrayList<>();
        for (TeamStore.LeagueLine line : teams.leagueTable(leagueId)) {
            lines.add(new Bodies.LeagueLine(lines.size() + 1, line.traineeId(), line.traineeName(), line.points()));
        }
        exchange.json(200, json.writeValueAsBytes(new Bodies.LeagueTable(leagueId, name, lines)));
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ApiException.badRequest("INVALID_FIELD", "name must have 1 to 200 characters");
        }
        return name;
    }

    private static Instant instant(String text, String field) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("INVALID_FIELD", field + " must be an ISO-8601 instant");
        }
    }

    private static List<String> orEmpty(List<String> ids) {
        return ids == null
                ? List.of()
                : ids.stream().filter(java.util.Objects::nonNull).toList();
    }
}

package org.steadyhand.league.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.steadyhand.league.LeagueScore;
import org.steadyhand.league.RankingIndex;
import org.steadyhand.league.Role;
import org.steadyhand.league.Standing;

/**
 * The leaderboard endpoints: boards and ranks served from the {@link RankingIndex} in memory, and
 * submissions stored in the database first, then taken into the index. The first page of a board
 * is kept rendered per index version, so a wall of displays polling the top 100 costs one render
 * per change.
 *
 * <p>Thread-safe.
 */
final class LeaderboardRoutes {
    /** Largest page of a board. */
    static final int MAX_LIMIT = 1000;
    /** A session scored more than this far in the future is a wrong clock, not a score. */
    private static final Duration CLOCK_SKEW = Duration.ofDays(1);

    private record Rendered(long version, byte[] body) {}

    private final RankingIndex index;
    private final LeagueStore store;
    private final TeamStore teams;
    private final Authenticator auth;
    private final ObjectMapper json;
    private final Clock clock;
    private final ConcurrentHashMap<String, Rendered> firstPages = new ConcurrentHashMap<>();

    LeaderboardRoutes(
            RankingIndex index,
            LeagueStore store,
            TeamStore teams,
            Authenticator auth,
            ObjectMapper json,
            Clock clock) {
        this.index = index;
        this.store = store;
        this.teams = teams;
        this.auth = auth;
        this.json = json;
        this.clock = clock;
    }

    void board(Exchange exchange, String board) throws JsonProcessingException {
        int limit = exchange.intQuery("limit", 100, 1, MAX_LIMIT);
        int offset = exchange.intQuery("offset", 0, 0, Integer.MAX_VALUE);
        if (offset > 0) {
            exchange.json(200, render(board, offset, limit));
            return;
        }
        String key = board + '|' + limit;
        long version = index.version();
        Rendered cached = firstPages.get(key);
        if (cached == null || cached.version() != version) {
            cached = new Rendered(version, render(board, 0, limit));
            firstPages.put(key, cached);
        }
        exchange.json(200, cached.body());
    }

    private byte[] render(String board, int offset, int limit) throws JsonProcessingException {
        List<Bodies.StandingLine> lines = index.top(board, offset, limit).stream()
                .map(LeaderboardRoutes::line)
                .toList();
        String name = board.equals(RankingIndex.GLOBAL) ? "global" : board;
        return json.writeValueAsBytes(new Bodies.Board(name, offset, index.size(board), lines));
    }

    void userRank(Exchange exchange, String traineeId) throws JsonProcessingException {
        String board = exchange.query("module").orElse(RankingIndex.GLOBAL);
        Standing standing = index.rankOf(traineeId, board)
                .orElseThrow(() -> ApiException.notFound("trainee " + traineeId + " has no score on this board"));
        exchange.json(200, json.writeValueAsBytes(line(standing)));
    }

    void team(Exchange exchange, String teamId) throws JsonProcessingException {
        String name = teams.teamName(teamId).orElseThrow(() -> ApiException.notFound("no team " + teamId));
        List<Bodies.StandingLine> members = teams.members(teamId).stream()
                .flatMap(id -> index.rankOf(id, RankingIndex.GLOBAL).stream())
                .sorted(java.util.Comparator.comparingInt(Standing::rank))
                .map(LeaderboardRoutes::line)
                .toList();
        double points =
                members.stream().mapToDouble(Bodies.StandingLine::points).sum();
        exchange.json(200, json.writeValueAsBytes(new Bodies.TeamBoard(teamId, name, points, members)));
    }

    void submit(Exchange exchange, int maxBodyBytes) throws IOException {
        Tokens.Claims claims = auth.require(exchange, Role.TRAINEE);
        String workstation = claims.workstationId()
                .orElseThrow(() -> ApiException.forbidden("WORKSTATION_REQUIRED", "only a paired workstation submits"));
        Bodies.Submission body = json.readValue(exchange.body(maxBodyBytes), Bodies.Submission.class);
        LeagueScore score = parse(body);
        LeagueStore.Outcome outcome = store.submit(score, workstation, clock.instant());
        switch (outcome) {
            case NOT_YOUR_TRAINEE ->
                throw ApiException.forbidden(
                        "NOT_YOUR_TRAINEE", "trainee " + score.traineeId() + " belongs to another workstation");
            case STORED ->
                index.accept(
                        score.traineeId().toString(),
                        score.traineeName(),
                        score.moduleId(),
                        score.overall(),
                        score.achievedAt());
            case DUPLICATE -> {
                // Stored before: a retry. Acknowledge so the workstation stops sending it.
            }
        }
        exchange.json(
                outcome == LeagueStore.Outcome.STORED ? 201 : 200,
                json.writeValueAsBytes(new Bodies.SubmitResult(
                        score.submissionId().toString(), outcome.name().toLowerCase(java.util.Locale.ROOT))));
    }

    private LeagueScore parse(Bodies.Submission body) {
        if (body == null
                || body.submissionId() == null
                || body.traineeId() == null
                || body.traineeName() == null
                || body.moduleId() == null
                || body.overall() == null
                || body.achievedAt() == null) {
            throw ApiException.badRequest(
                    "MISSING_FIELD",
                    "submissionId, traineeId, traineeName, moduleId, overall and achievedAt are required");
        }
        Instant achievedAt;
        try {
            achievedAt = Instant.parse(body.achievedAt());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("INVALID_FIELD", "achievedAt must be an ISO-8601 instant");
        }
        if (achievedAt.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw ApiException.badRequest("INVALID_FIELD", "achievedAt lies in the future");
        }
        if (!(body.overall() >= 0 && body.overall() <= 100)) {
            throw ApiException.badRequest("SCORE_OUT_OF_RANGE", "overall must be between 0 and 100");
        }
        return new LeagueScore(
                uuid(body.submissionId(), "submissionId"),
                uuid(body.traineeId(), "traineeId"),
                body.traineeName(),
                body.moduleId(),
                body.overall(),
                achievedAt);
    }

    private static UUID uuid(String text, String field) {
        try {
            UUID value = UUID.fromString(text);
            if (!value.toString().equals(text.toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException();
            }
            return value;
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("INVALID_FIELD", field + " must be a UUID");
        }
    }

    private static Bodies.StandingLine line(Standing s) {
        return new Bodies.StandingLine(
                s.rank(),
                s.traineeId(),
                s.traineeName(),
                s.points(),
                s.achievedAt().toString());
    }
}

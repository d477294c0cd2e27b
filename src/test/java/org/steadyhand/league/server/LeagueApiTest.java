package org.steadyhand.league.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeagueApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path folder;

    private RunningLeague league;
    private String token;
    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    @BeforeEach
    void start() {
        league = new RunningLeague(folder, RunningLeague.unlimited());
        token = league.workstationToken("ws-1");
    }

    @AfterEach
    void stop() {
        league.close();
    }

    @Test
    void globalBoardSumsEachTraineesBestScorePerModule() throws Exception {
        league.submit(token, alice, "Alice", "anti-tremor", 80, T0);
        league.submit(token, alice, "Alice", "anti-tremor", 70, T0.plusSeconds(60)); // not her best
        league.submit(token, alice, "Alice", "forceps", 50, T0.plusSeconds(120));
        league.submit(token, bob, "Bob", "anti-tremor", 95, T0.plusSeconds(180));

        JsonNode board = json(league.get("/api/v1/leaderboard/global?limit=10"));

        assertThat(board.get("total").asInt()).isEqualTo(2);
        assertThat(board.get("standings").get(0).get("traineeName").asText()).isEqualTo("Alice");
        assertThat(board.get("standings").get(0).get("points").asDouble()).isEqualTo(130.0);
        assertThat(board.get("standings").get(0).get("achievedAt").asText()).isEqualTo("2026-03-01T10:02:00Z");
        assertThat(board.get("standings").get(1).get("traineeName").asText()).isEqualTo("Bob");
        assertThat(board.get("standings").get(1).get("rank").asInt()).isEqualTo(2);
    }

    @Test
    void equalScoresRankWhoeverReachedThemFirst() throws Exception {
        league.submit(token, bob, "Bob", "forceps", 88, T0.plusSeconds(5));
        league.submit(token, alice, "Alice", "forceps", 88, T0);

        JsonNode board = json(league.get("/api/v1/leaderboard/module/forceps"));

        assertThat(board.get("standings").get(0).get("traineeId").asText()).isEqualTo(alice.toString());
        assertThat(board.get("standings").get(1).get("traineeId").asText()).isEqualTo(bob.toString());
        JsonNode rank = json(league.get("/api/v1/leaderboard/user/" + bob + "/rank?module=forceps"));
        assertThat(rank.get("rank").asInt()).isEqualTo(2);
        assertThat(rank.get("points").asDouble()).isEqualTo(88.0);
    }

    @Test
    void pagesOfABoardFollowEachOther() throws Exception {
        for (int i = 0; i < 25; i++) {
            league.submit(token, UUID.randomUUID(), "T" + i, "anti-tremor", i, T0);
        }

        JsonNode second = json(league.get("/api/v1/leaderboard/module/anti-tremor?limit=10&offset=10"));

        assertThat(second.get("standings")).hasSize(10);
        assertThat(second.get("standings").get(0).get("rank").asInt()).isEqualTo(11);
        assertThat(second.get("standings").get(0).get("points").asDouble()).isEqualTo(14.0);
    }

    @Test
    void aRetriedSubmissionIsStoredOnce() throws Exception {
        String body = RunningLeague.submission(UUID.randomUUID(), alice, "Alice", "forceps", 61.5, T0);

        HttpResponse<String> first = league.post("/api/v1/leaderboard/submit", token, body);
        HttpResponse<String> again = league.post("/api/v1/leaderboard/submit", token, body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(json(first).get("outcome").asText()).isEqualTo("stored");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("outcome").asText()).isEqualTo("duplicate");
        assertThat(league.store.countScores()).isEqualTo(1);
    }

    @Test
    void unknownTraineeRankIsNotFoundInTheErrorShape() throws Exception {
        HttpResponse<String> response = league.get("/api/v1/leaderboard/user/" + alice + "/rank");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(json(response).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void teamBoardListsMembersByRankWithTheirTotal() throws Exception {
        league.submit(token, alice, "Alice", "forceps", 40, T0);
        league.submit(token, bob, "Bob", "forceps", 60, T0);
        String instructor = league.instructorToken();
        String team = json(league.post("/api/v1/teams", instructor, "{\"name\":\"Red\"}"))
                .get("id")
                .asText();
        league.post("/api/v1/teams/" + team + "/members", instructor, "{\"traineeId\":\"" + alice + "\"}");
        league.post("/api/v1/teams/" + team + "/members", instructor, "{\"traineeId\":\"" + bob + "\"}");

        JsonNode board = json(league.get("/api/v1/leaderboard/team/" + team));

        assertThat(board.get("name").asText()).isEqualTo("Red");
        assertThat(board.get("points").asDouble()).isEqualTo(100.0);
        assertThat(board.get("members").get(0).get("traineeName").asText()).isEqualTo("Bob");
    }

    @Test
    void leagueTableCountsOnlyItsModulesDatesAndMembers() throws Exception {
        UUID carol = UUID.randomUUID();
        league.submit(token, alice, "Alice", "forceps", 70, T0);
        league.submit(token, alice, "Alice", "capsulorhexis", 90, T0); // not a league module
        league.submit(token, bob, "Bob", "forceps", 99, T0.minusSeconds(86_400)); // before the league
        league.submit(token, bob, "Bob", "forceps", 65, T0);
        league.submit(token, carol, "Carol", "forceps", 100, T0); // not enrolled
        String body = "{\"name\":\"March\",\"modules\":[\"forceps\"],\"startsAt\":\"2026-03-01T00:00:00Z\","
                + "\"endsAt\":\"2026-04-01T00:00:00Z\",\"trainees\":[\"" + alice + "\",\"" + bob + "\"]}";
        String id = json(league.post("/api/v1/leagues", league.instructorToken(), body))
                .get("id")
                .asText();

        JsonNode table = json(league.get("/api/v1/leagues/" + id));

        assertThat(table.get("standings")).hasSize(2);
        assertThat(table.get("standings").get(0).get("traineeName").asText()).isEqualTo("Alice");
        assertThat(table.get("standings").get(0).get("points").asDouble()).isEqualTo(70.0);
        assertThat(table.get("standings").get(1).get("points").asDouble()).isEqualTo(65.0);
    }

    @Test
    void boardsAreRebuiltFromTheDatabaseOnRestart() throws Exception {
        league.submit(token, alice, "Alice", "forceps", 77, T0);
        league.close();
        league = new RunningLeague(folder, RunningLeague.unlimited());

        JsonNode rank = json(league.get("/api/v1/leaderboard/user/" + alice + "/rank"));

        assertThat(rank.get("points").asDouble()).isEqualTo(77.0);
    }

    @Test
    void healthMetricsOpenApiAndPageAreServed() throws Exception {
        league.submit(token, alice, "Alice", "forceps", 77, T0);
        league.get("/api/v1/leaderboard/global");

        assertThat(json(league.get("/health")).get("status").asText()).isEqualTo("up");
        String metrics = league.get("/metrics").body();
        assertThat(metrics)
                .contains("# TYPE steadyhand_league_requests_total counter")
                .contains("steadyhand_league_requests_total{route=\"/api/v1/leaderboard/global\",status=\"200\"} 1")
                .contains("steadyhand_league_ranked_trainees 1");
        JsonNode openApi = json(league.get("/openapi.json"));
        assertThat(openApi.get("openapi").asText()).startsWith("3.");
        assertThat(openApi.get("paths").has("/api/v1/leaderboard/submit")).isTrue();
        HttpResponse<String> page = league.get("/");
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("/api/v1/leaderboard/global");
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}

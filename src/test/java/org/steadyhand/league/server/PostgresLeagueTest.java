package org.steadyhand.league.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The league server on a real PostgreSQL (Debian's package, installed by .ci/run and started here
 * in a temporary folder): the same schema, submissions, ownership, leagues, pairing and restart.
 */
class PostgresLeagueTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static TemporaryPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        Optional<java.nio.file.Path> bin = TemporaryPostgres.findBinaries();
        assumeTrue(bin.isPresent(), "PostgreSQL is not installed (sudo apt install postgresql); .ci/run installs it");
        postgres = new TemporaryPostgres(bin.get());
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static RunningLeague league() {
        return new RunningLeague(LeagueStore.open(postgres.jdbcUrl(), "postgres", ""), RunningLeague.unlimited());
    }

    @Test
    void scoresAreStoredOnceOwnedRankedAndReloadedFromPostgres() throws Exception {
        UUID alice = UUID.randomUUID();
        String name = "O'Brien\"; DROP TABLE league_score; --";
        String body = RunningLeague.submission(UUID.randomUUID(), alice, name, "forceps", 83.5, T0);
        try (RunningLeague league = league()) {
            String token = league.workstationToken("ws-pg");
            assertThat(league.post("/api/v1/leaderboard/submit", token, body).statusCode())
                    .isEqualTo(201);
            assertThat(league.post("/api/v1/leaderboard/submit", token, body).statusCode())
                    .isEqualTo(200);
            assertThat(league.submit(league.workstationToken("ws-other"), alice, "A", "forceps", 99, T0)
                            .statusCode())
                    .isEqualTo(403);
        }
        try (RunningLeague restarted = league()) {
            JsonNode rank = JSON.readTree(restarted
                    .get("/api/v1/leaderboard/user/" + alice + "/rank?module=forceps")
                    .body());

            assertThat(rank.get("points").asDouble()).isEqualTo(83.5);
            assertThat(rank.get("traineeName").asText()).isEqualTo(name);
            assertThat(restarted.store.traineeName(alice.toString())).hasValue(name);
        }
    }

    @Test
    void leagueTablesAndPairingWorkOnPostgres() throws Exception {
        try (RunningLeague league = league()) {
            String token = league.workstationToken("ws-pg2");
            UUID bob = UUID.randomUUID();
            league.submit(token, bob, "Bob", "capsulorhexis", 64, T0);
            league.submit(token, bob, "Bob", "capsulorhexis", 71, T0.plusSeconds(60));
            String create =
                    "{\"name\":\"Spring\",\"modules\":[\"capsulorhexis\"],\"startsAt\":\"2026-03-01T00:00:00Z\","
                            + "\"endsAt\":\"2026-06-01T00:00:00Z\",\"trainees\":[\"" + bob + "\"]}";
            String id = JSON.readTree(league.post("/api/v1/leagues", league.instructorToken(), create)
                            .body())
                    .get("id")
                    .asText();
            JsonNode table = JSON.readTree(league.get("/api/v1/leagues/" + id).body());

            JsonNode ticket = JSON.readTree(league.post("/api/v1/pairing", null, "{\"workstationName\":\"Rig\"}")
                    .body());
            league.post("/api/v1/pairing/" + ticket.get("code").asText() + "/approve", league.instructorToken(), "");
            HttpResponse<String> credentials = league.post(
                    "/api/v1/pairing/poll",
                    null,
                    "{\"secret\":\"" + ticket.get("secret").asText() + "\"}");

            assertThat(table.get("standings").get(0).get("points").asDouble()).isEqualTo(71.0);
            assertThat(credentials.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(credentials.body()).get("refreshToken").asText())
                    .isNotBlank();
        }
    }
}

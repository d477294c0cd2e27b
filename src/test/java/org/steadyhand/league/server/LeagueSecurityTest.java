package org.steadyhand.league.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.steadyhand.league.Role;

class LeagueSecurityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final String SUBMIT = "/api/v1/leaderboard/submit";

    @TempDir
    Path folder;

    private RunningLeague league;

    @AfterEach
    void stop() {
        if (league != null) {
            league.close();
        }
    }

    private RunningLeague start() {
        league = new RunningLeague(folder, RunningLeague.unlimited());
        return league;
    }

    private static String validBody() {
        return RunningLeague.submission(UUID.randomUUID(), UUID.randomUUID(), "Alice", "forceps", 50, T0);
    }

    @Test
    void submittingWithoutATokenIsUnauthorized() throws Exception {
        HttpResponse<String> response = start().post(SUBMIT, null, validBody());

        assertError(response, 401, "UNAUTHORIZED");
        assertThat(league.store.countScores()).isZero();
    }

    @Test
    void anExpiredTokenIsUnauthorized() throws Exception {
        String expired = start().server.issueWorkstationToken("ws-1", Duration.ofSeconds(-1));

        assertError(league.post(SUBMIT, expired, validBody()), 401, "UNAUTHORIZED");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsUnauthorized() throws Exception {
        start();
        Tokens forger = new Tokens(new byte[32], Clock.systemUTC());
        String forged = forger.issue("ws-1", Role.ADMIN, Optional.of("ws-1"), Duration.ofMinutes(5));

        assertError(league.post(SUBMIT, forged, validBody()), 401, "UNAUTHORIZED");
    }

    @Test
    void anUnsignedTokenIsUnauthorized() throws Exception {
        String genuine = start().workstationToken("ws-1");
        String[] parts = genuine.split("\\.");
        String none = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());

        assertError(league.post(SUBMIT, none + "." + parts[1] + ".", validBody()), 401, "UNAUTHORIZED");
    }

    @Test
    void aWorkstationMayNotActAsInstructor() throws Exception {
        String workstation = start().workstationToken("ws-1");

        assertError(league.post("/api/v1/teams", workstation, "{\"name\":\"Red\"}"), 403, "ROLE_REQUIRED");
        assertError(league.post("/api/v1/pairing/123456/approve", workstation, ""), 403, "ROLE_REQUIRED");
    }

    @Test
    void aWorkstationMaySubmitOnlyForItsOwnTrainees() throws Exception {
        start();
        UUID alice = UUID.randomUUID();
        league.submit(league.workstationToken("ws-1"), alice, "Alice", "forceps", 50, T0);

        HttpResponse<String> response =
                league.submit(league.workstationToken("ws-2"), alice, "Alice", "forceps", 99, T0);

        assertError(response, 403, "NOT_YOUR_TRAINEE");
        assertThat(league.store.countScores()).isEqualTo(1);
    }

    @Test
    void anInstructorTokenIsNotAWorkstation() throws Exception {
        assertError(start().post(SUBMIT, league.instructorToken(), validBody()), 403, "WORKSTATION_REQUIRED");
    }

    @Test
    void anOversizedBodyIsRefused() throws Exception {
        String token = start().workstationToken("ws-1");
        String huge = validBody().replace("\"Alice\"", "\"" + "A".repeat(64 * 1024) + "\"");

        assertError(league.post(SUBMIT, token, huge), 413, "BODY_TOO_LARGE");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"submissionId":                                        | BAD_JSON
            [1,2,3]                                                 | BAD_JSON
            {"extra":1}                                             | BAD_JSON
            {}                                                      | MISSING_FIELD
            """)
    void malformedBodiesAreBadRequestsInTheErrorShape(String body, String code) throws Exception {
        String token = start().workstationToken("ws-1");

        assertError(league.post(SUBMIT, token, body), 400, code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            overall     | 100.5               | SCORE_OUT_OF_RANGE
            overall     | -1                  | SCORE_OUT_OF_RANGE
            moduleId    | "Forceps; DROP"     | INVALID_FIELD
            traineeId   | "not-a-uuid"        | INVALID_FIELD
            achievedAt  | "yesterday"         | INVALID_FIELD
            achievedAt  | "2999-01-01T00:00:00Z" | INVALID_FIELD
            traineeName | ""                  | INVALID_FIELD
            """)
    void invalidValuesAreRefused(String field, String value, String code) throws Exception {
        String token = start().workstationToken("ws-1");
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode body =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(validBody());
        body.set(field, json.readTree(value));

        assertError(league.post(SUBMIT, token, body.toString()), 400, code);
        assertThat(league.store.countScores()).isZero();
    }

    @Test
    void aFloodFromOneClientIsThrottled() throws Exception {
        league = new RunningLeague(folder, RunningLeague.unlimited().withRate(5, 10));
        List<Integer> statuses = new ArrayList<>();

        for (int i = 0; i < 40; i++) {
            statuses.add(league.get("/api/v1/leaderboard/global").statusCode());
        }

        assertThat(statuses.subList(0, 10)).containsOnly(200);
        assertThat(statuses).contains(429);
        HttpResponse<String> limited = league.get("/api/v1/leaderboard/global");
        assertError(limited, 429, "RATE_LIMITED");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Robert'); DROP TABLE league_score;--",
                "<script>alert('x')</script>",
                "\" OR 1=1 --",
                "${jndi:ldap://example.invalid/a}",
                "Zoë 👩‍⚕️ \\ / \u0000 end"
            })
    void injectionStringsAreStoredVerbatimAndHarmless(String name) throws Exception {
        String token = start().workstationToken("ws-1");
        UUID trainee = UUID.randomUUID();

        HttpResponse<String> stored = league.submit(token, trainee, name, "forceps", 42, T0);

        assertThat(stored.statusCode()).isEqualTo(201);
        assertThat(league.store.traineeName(trainee.toString())).hasValue(name);
        JsonNode rank = JSON.readTree(
                league.get("/api/v1/leaderboard/user/" + trainee + "/rank").body());
        assertThat(rank.get("traineeName").asText()).isEqualTo(name);
        assertThat(league.store.countScores()).isEqualTo(1);
    }

    @Test
    void pairingGivesAWorkstationTokensOnlyAfterAnInstructorApproves() throws Exception {
        start();
        JsonNode ticket = JSON.readTree(league.post("/api/v1/pairing", null, "{\"workstationName\":\"Rig 3\"}")
                .body());
        String poll = "{\"secret\":\"" + ticket.get("secret").asText() + "\"}";

        HttpResponse<String> waiting = league.post("/api/v1/pairing/poll", null, poll);
        HttpResponse<String> approved = league.post(
                "/api/v1/pairing/" + ticket.get("code").asText() + "/approve", league.instructorToken(), "");
        HttpResponse<String> credentials = league.post("/api/v1/pairing/poll", null, poll);
        HttpResponse<String> again = league.post("/api/v1/pairing/poll", null, poll);

        assertThat(waiting.statusCode()).isEqualTo(202);
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(credentials.statusCode()).isEqualTo(200);
        assertError(again, 404, "NOT_FOUND");
        JsonNode creds = JSON.readTree(credentials.body());
        assertThat(league.submit(creds.get("accessToken").asText(), UUID.randomUUID(), "A", "forceps", 1, T0)
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> refreshed = league.post(
                "/api/v1/token/refresh",
                null,
                "{\"refreshToken\":\"" + creds.get("refreshToken").asText() + "\"}");
        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(league.submit(
                                JSON.readTree(refreshed.body())
                                        .get("accessToken")
                                        .asText(),
                                UUID.randomUUID(),
                                "B",
                                "forceps",
                                2,
                                T0)
                        .statusCode())
                .isEqualTo(201);
        assertError(league.post("/api/v1/token/refresh", null, "{\"refreshToken\":\"guess\"}"), 401, "UNAUTHORIZED");
    }

    @Test
    void requestsJettyRefusesItselfGetTheSameErrorShape() throws Exception {
        start();
        String reply;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", league.server.port())) {
            socket.getOutputStream()
                    .write("GET /api/v1/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            reply = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        assertThat(reply).startsWith("HTTP/1.1 400");
        JsonNode body = JSON.readTree(reply.substring(reply.indexOf("\r\n\r\n") + 4));
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("code").asText()).isEqualTo("BAD_REQUEST");
    }

    private static void assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("code").asText()).isEqualTo(code);
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(body.size()).isEqualTo(3);
    }
}

package org.steadyhand.league.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steadyhand.league.Standing;
import org.steadyhand.store.OutboxEntry;

/**
 * {@link LeagueApi} and {@link LeagueBoards} over HTTP with the JDK client: JSON bodies as the server's OpenAPI description
 * says, the session id as {@code submissionId}, a request timeout so a hung server counts as down.
 *
 * <p>Thread-safe.
 */
public final class HttpLeagueApi implements LeagueApi, LeagueBoards {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI base;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public HttpLeagueApi(URI base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    public static HttpLeagueApi to(URI base) {
        return new HttpLeagueApi(
                base,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build());
    }

    @Override
    public Reply submit(String accessToken, OutboxEntry entry) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("submissionId", entry.session().value().toString());
        body.put("traineeId", entry.trainee().value().toString());
        body.put("traineeName", entry.traineeName());
        body.put("moduleId", entry.moduleId());
        body.put("overall", entry.overall());
        body.put("achievedAt", entry.achievedAt().toString());
        HttpResponse<String> response = post("/api/v1/leaderboard/submit", accessToken, body);
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            return new Accepted(status == 200);
        }
        JsonNode error = errorBody(response.body());
        String message = error.path("message").asText("HTTP " + status);
        if (status == 401) {
            return new Unauthorized(message);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return new TryLater(status, message);
        }
        return new Refused(status, error.path("code").asText("HTTP_" + status), message);
    }

    @Override
    public Optional<String> refresh(String refreshToken) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/api/v1/token/refresh", null, Map.of("refreshToken", refreshToken));
        if (response.statusCode() == 401) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IOException("token refresh answered HTTP " + response.statusCode());
        }
        return Optional.of(json.readTree(response.body()).path("accessToken").asText());
    }

    @Override
    public URI server() {
        return base;
    }

    @Override
    public List<Standing> moduleBoard(String moduleId, int limit) throws IOException, InterruptedException {
        String path =
                "/api/v1/leaderboard/module/" + URLEncoder.encode(moduleId, StandardCharsets.UTF_8) + "?limit=" + limit;
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            String message = errorBody(response.body()).path("message").asText("");
            throw new IOException("the league server answered HTTP " + response.statusCode()
                    + (message.isEmpty() ? "" : ": " + message));
        }
        List<Standing> standings = new ArrayList<>();
        try {
            for (JsonNode line : json.readTree(response.body()).path("standings")) {
                standings.add(new Standing(
                        line.path("rank").asInt(),
                        line.path("traineeId").asText(),
                        line.path("traineeName").asText(),
                        line.path("points").asDouble(),
                        Instant.parse(line.path("achievedAt").asText())));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IOException("the league server sent a board that cannot be read: " + e.getMessage(), e);
        }
        return standings;
    }

    /** Posts JSON; public for the pairing client. */
    HttpResponse<String> post(String path, String accessToken, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode errorBody(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }
}

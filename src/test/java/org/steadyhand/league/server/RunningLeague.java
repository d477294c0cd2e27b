package org.steadyhand.league.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.steadyhand.league.Role;

/** A real league server on a loopback port over an H2 file in a temporary folder, with an HTTP client. */
final class RunningLeague implements AutoCloseable {
    final LeagueStore store;
    final LeagueServer server;
    final HttpClient http = HttpClient.newHttpClient();

    RunningLeague(Path folder, LeagueServer.Config config) {
        this(LeagueStore.open("jdbc:h2:file:" + folder.resolve("league"), "sa", ""), config);
    }

    RunningLeague(LeagueStore store, LeagueServer.Config config) {
        this.store = store;
        this.server = LeagueServer.start(store, config, Clock.systemUTC());
    }

    static LeagueServer.Config unlimited() {
        return LeagueServer.Config.defaults().withPort(0).withBind("127.0.0.1").withRate(0, 1);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    String workstationToken(String workstationId) {
        return server.issueWorkstationToken(workstationId, Duration.ofMinutes(5));
    }

    String instructorToken() {
        return server.issueToken("instructor", Role.INSTRUCTOR, Duration.ofMinutes(5));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A submission body as a workstation sends it. */
    static String submission(UUID id, UUID trainee, String name, String module, double overall, Instant at) {
        return "{\"submissionId\":\"" + id + "\",\"traineeId\":\"" + trainee + "\",\"traineeName\":"
                + quote(name) + ",\"moduleId\":\"" + module + "\",\"overall\":" + overall + ",\"achievedAt\":\""
                + at + "\"}";
    }

    HttpResponse<String> submit(String token, UUID trainee, String name, String module, double overall, Instant at)
            throws IOException, InterruptedException {
        return post(
                "/api/v1/leaderboard/submit", token, submission(UUID.randomUUID(), trainee, name, module, overall, at));
    }

    static String quote(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}

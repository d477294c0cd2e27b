package org.steadyhand.league.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.steadyhand.league.RankingIndex;

/**
 * The server's one Jetty handler: rate limit, route, answer; every failure goes through the
 * {@link ErrorMapper}. Routes (all JSON unless said):
 *
 * <pre>
 * GET  /                                        live league page (HTML)
 * GET  /health, /metrics (Prometheus text), /openapi.json
 * GET  /api/v1/leaderboard/global?limit&amp;offset
 * GET  /api/v1/leaderboard/module/{module_id}?limit&amp;offset
 * GET  /api/v1/leaderboard/user/{user_id}/rank[?module=]
 * GET  /api/v1/leaderboard/team/{team_id}
 * POST /api/v1/leaderboard/submit               trainee (paired workstation)
 * POST /api/v1/pairing, /api/v1/pairing/poll, /api/v1/token/refresh
 * POST /api/v1/pairing/{code}/approve           instructor
 * POST /api/v1/teams, /api/v1/teams/{id}/members, /api/v1/leagues   instructor
 * GET  /api/v1/leagues/{id}
 * </pre>
 *
 * <p>Thread-safe; blocking (database calls run on Jetty's pool threads).
 */
final class ApiHandler extends Handler.Abstract {
    private final LeaderboardRoutes leaderboard;
    private final AccessRoutes access;
    private final AdminRoutes admin;
    private final RateLimiter rateLimiter;
    private final Metrics metrics;
    private final ErrorMapper errors;
    private final RankingIndex index;
    private final LeagueStore store;
    private final ObjectMapper json;
    private final int maxBodyBytes;
    private final String page = resource("league.html");
    private final String openApi = resource("openapi.json");

    ApiHandler(
            LeaderboardRoutes leaderboard,
            AccessRoutes access,
            AdminRoutes admin,
            RateLimiter rateLimiter,
            Metrics metrics,
            RankingIndex index,
            LeagueStore store,
            ObjectMapper json,
            int maxBodyBytes) {
        this.leaderboard = leaderboard;
        this.access = access;
        this.admin = admin;
        this.rateLimiter = rateLimiter;
        this.metrics = metrics;
        this.errors = new ErrorMapper(json);
        this.index = index;
        this.store = store;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        Exchange exchange = new Exchange(request, response, callback);
        String route = "unknown";
        try {
            if (!rateLimiter.tryAcquire(exchange.client())) {
                route = "limited";
                exchange.header("Retry-After", "1");
                throw new ApiException(429, "RATE_LIMITED", "too many requests from this client; slow down");
            }
            route = dispatch(exchange);
        } catch (Exception e) {
            errors.write(exchange, e);
        }
        metrics.record(route, exchange.status(), System.nanoTime() - start);
        return true;
    }

    /** Answers the request; returns the route template for metrics. */
    private String dispatch(Exchange exchange) throws IOException {
        String[] s = exchange.segments();
        boolean get = exchange.method().equals("GET");
        boolean post = exchange.method().equals("POST");
        if (s.length == 0 && get) {
            exchange.text(200, "text/html; charset=utf-8", page);
            return "/";
        }
        if (s.length == 1 && get) {
            switch (s[0]) {
                case "health" -> {
                    boolean up = store.healthy();
                    exchange.json(
                            up ? 200 : 503,
                            json.writeValueAsBytes(
                                    new Bodies.Health(up ? "up" : "down", index.size(RankingIndex.GLOBAL))));
                    return "/health";
                }
                case "metrics" -> {
                    exchange.text(200, "text/plain; version=0.0.4; charset=utf-8", metrics.render(index));
                    return "/metrics";
                }
                case "openapi.json" -> {
                    exchange.text(200, "application/json", openApi);
                    return "/openapi.json";
                }
                default -> throw ApiException.notFound("no such resource");
            }
        }
        if (s.length < 3 || !s[0].equals("api") || !s[1].equals("v1")) {
            throw ApiException.notFound("no such resource");
        }
        String area = s[2];
        int n = s.length;
        if (area.equals("leaderboard") && n >= 4) {
            String what = s[3];
            if (get && what.equals("global") && n == 4) {
                leaderboard.board(exchange, RankingIndex.GLOBAL);
                return "/api/v1/leaderboard/global";
            }
            if (get && what.equals("module") && n == 5) {
                leaderboard.board(exchange, s[4]);
                return "/api/v1/leaderboard/module/{module_id}";
            }
            if (get && what.equals("user") && n == 6 && s[5].equals("rank")) {
                leaderboard.userRank(exchange, s[4]);
                return "/api/v1/leaderboard/user/{user_id}/rank";
            }
            if (get && what.equals("team") && n == 5) {
                leaderboard.team(exchange, s[4]);
                return "/api/v1/leaderboard/team/{team_id}";
            }
            if (post && what.equals("submit") && n == 4) {
                leaderboard.submit(exchange, maxBodyBytes);
                return "/api/v1/leaderboard/submit";
            }
        } else if (area.equals("pairing") && post) {
            if (n == 3) {
                access.requestPairing(exchange, maxBodyBytes);
                return "/api/v1/pairing";
            }
            if (n == 4 && s[3].equals("poll")) {
                access.pollPairing(exchange, maxBodyBytes);
                return "/api/v1/pairing/poll";
            }
            if (n == 5 && s[4].equals("approve")) {
                access.approve(exchange, s[3]);
                return "/api/v1/pairing/{code}/approve";
            }
        } else if (area.equals("token") && post && n == 4 && s[3].equals("refresh")) {
            access.refresh(exchange, maxBodyBytes);
            return "/api/v1/token/refresh";
        } else if (area.equals("teams") && post) {
            if (n == 3) {
                admin.createTeam(exchange, maxBodyBytes);
                return "/api/v1/teams";
            }
            if (n == 5 && s[4].equals("members")) {
                admin.addMember(exchange, s[3], maxBodyBytes);
                return "/api/v1/teams/{team_id}/members";
            }
        } else if (area.equals("leagues")) {
            if (post && n == 3) {
                admin.createLeague(exchange, maxBodyBytes);
                return "/api/v1/leagues";
            }
            if (get && n == 4) {
                admin.leagueTable(exchange, s[3]);
                return "/api/v1/leagues/{league_id}";
            }
        }
        throw ApiException.notFound("no such resource");
    }

    private static String resource(String name) {
        try (InputStream in = ApiHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

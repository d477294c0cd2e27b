package org.steadyhand.league.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.steadyhand.league.Role;

/**
 * Pairing and tokens. A workstation asks to pair and gets a short code to show and a secret to
 * keep; an instructor approves the code on the server; the workstation, polling with its secret,
 * then receives its id, an access token (a JWT of role trainee naming the workstation) and a
 * refresh token, handed out once and stored only as a hash. The refresh token buys new access
 * tokens until the workstation is revoked.
 *
 * <p>Thread-safe.
 */
final class AccessRoutes {
    private final PairingStore pairings;
    private final Tokens tokens;
    private final Authenticator auth;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration accessLifetime;
    private final SecureRandom random = new SecureRandom();

    AccessRoutes(
            PairingStore pairings,
            Tokens tokens,
            Authenticator auth,
            ObjectMapper json,
            Clock clock,
            Duration accessLifetime) {
        this.pairings = pairings;
        this.tokens = tokens;
        this.auth = auth;
        this.json = json;
        this.clock = clock;
        this.accessLifetime = accessLifetime;
    }

    void requestPairing(Exchange exchange, int maxBodyBytes) throws IOException {
        Bodies.PairingRequest body = json.readValue(exchange.body(maxBodyBytes), Bodies.PairingRequest.class);
        String name = body == null ? null : body.workstationName();
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ApiException.badRequest("INVALID_FIELD", "workstationName must have 1 to 200 characters");
        }
        String secret = randomToken();
        for (int attempt = 0; ; attempt++) {
            String code = String.format("%06d", random.nextInt(1_000_000));
            try {
                pairings.request(code, Tokens.sha256(secret), name, clock.instant());
                exchange.json(202, json.writeValueAsBytes(new Bodies.PairingTicket(code, secret)));
                return;
            } catch (LeagueStoreException e) {
                if (!e.uniqueViolation() || attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** 200 with credentials once approved; 202 while waiting; 404 for an unknown secret. */
    void pollPairing(Exchange exchange, int maxBodyBytes) throws IOException {
        Bodies.PairingPoll body = json.readValue(exchange.body(maxBodyBytes), Bodies.PairingPoll.class);
        if (body == null || body.secret() == null) {
            throw ApiException.badRequest("MISSING_FIELD", "secret is required");
        }
        String secretHash = Tokens.sha256(body.secret());
        String refresh = randomToken();
        Optional<String> workstation = pairings.complete(secretHash, Tokens.sha256(refresh), clock.instant());
        if (workstation.isEmpty()) {
            if (!pairings.pending(secretHash)) {
                throw ApiException.notFound("no pairing request with this secret");
            }
            exchange.json(202, json.writeValueAsBytes(java.util.Map.of("status", "waiting")));
            return;
        }
        String access = tokens.issue(workstation.get(), Role.TRAINEE, workstation, accessLifetime);
        exchange.json(
                200,
                json.writeValueAsBytes(
                        new Bodies.Credentials(workstation.get(), access, refresh, accessLifetime.toSeconds())));
    }

    void approve(Exchange exchange, String code) throws IOException {
        auth.require(exchange, Role.INSTRUCTOR);
        String workstationId = "ws-" + randomToken().substring(0, 16);
        if (!pairings.approve(code, workstationId)) {
            throw ApiException.notFound("no pairing request waits with code " + code);
        }
        exchange.json(200, json.writeValueAsBytes(new Bodies.Created(workstationId)));
    }

    void refresh(Exchange exchange, int maxBodyBytes) throws IOException {
        Bodies.Refresh body = json.readValue(exchange.body(maxBodyBytes), Bodies.Refresh.class);
        if (body == null || body.refreshToken() == null) {
            throw ApiException.badRequest("MISSING_FIELD", "refreshToken is required");
        }
        String workstation = pairings.workstationByRefresh(Tokens.sha256(body.refreshToken()))
                .orElseThrow(() -> ApiException.unauthorized("the refresh token is unknown or revoked"));
        String access = tokens.issue(workstation, Role.TRAINEE, Optional.of(workstation), accessLifetime);
        exchange.json(200, json.writeValueAsBytes(new Bodies.AccessToken(access, accessLifetime.toSeconds())));
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

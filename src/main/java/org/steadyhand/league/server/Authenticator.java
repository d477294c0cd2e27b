package org.steadyhand.league.server;

import java.util.Optional;
import org.steadyhand.league.Role;

/**
 * Checks the bearer token of a request: no token, a forged or an expired one is 401; a genuine
 * token of a role below the one required is 403.
 *
 * <p>Thread-safe.
 */
final class Authenticator {
    private final Tokens tokens;

    Authenticator(Tokens tokens) {
        this.tokens = tokens;
    }

    Tokens.Claims require(Exchange exchange, Role role) {
        Optional<String> header = exchange.header("Authorization");
        if (header.isEmpty() || !header.get().regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized("a bearer token is required");
        }
        Tokens.Claims claims = tokens.verify(header.get().substring(7).trim())
                .orElseThrow(() -> ApiException.unauthorized("the token is invalid or expired"));
        if (!claims.role().includes(role)) {
            throw ApiException.forbidden(
                    "ROLE_REQUIRED", "this needs the " + role.name().toLowerCase(java.util.Locale.ROOT) + " role");
        }
        return claims;
    }
}

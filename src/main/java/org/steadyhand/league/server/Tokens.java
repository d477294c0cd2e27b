package org.steadyhand.league.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.steadyhand.league.Role;

/**
 * Signed access tokens: compact JWTs (RFC 7519) with HMAC-SHA256 (RFC 7518 section 3.2, "HS256")
 * over the server's secret key. Only HS256 is accepted: a token naming another algorithm (or
 * "none") is refused, the signature is compared in constant time, and an expired token is refused.
 *
 * <p>Thread-safe (a {@link Mac} per call).
 */
public final class Tokens {
    private static final String HEADER = base64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    private static final String ISSUER = "steadyhand-league";

    private final SecretKeySpec key;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public Tokens(byte[] key, Clock clock) {
        if (key.length < 32) {
            throw new IllegalArgumentException("an HS256 key needs at least 32 bytes, got " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.clock = clock;
    }

    /** What a valid token says. {@code workstationId} is present for paired workstations. */
    public record Claims(String subject, Role role, Optional<String> workstationId, Instant expiresAt) {}

    /** A token for {@code subject} valid for {@code lifetime} from now. */
    public String issue(String subject, Role role, Optional<String> workstationId, Duration lifetime) {
        Instant now = clock.instant();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", subject);
        claims.put("role", role.name().toLowerCase(java.util.Locale.ROOT));
        workstationId.ifPresent(id -> claims.put("wks", id));
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        try {
            String body = HEADER + "." + base64(json.writeValueAsBytes(claims));
            return body + "." + base64(sign(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write token claims", e);
        }
    }

    /** The claims of a genuine, unexpired token; empty for anything else. */
    public Optional<Claims> verify(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !parts[0].equals(HEADER)) {
            return Optional.empty();
        }
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(signature, sign(parts[0] + "." + parts[1]))) {
            return Optional.empty();
        }
        try {
            JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
            Instant expires = Instant.ofEpochSecond(claims.path("exp").asLong(0));
            if (!ISSUER.equals(claims.path("iss").asText()) || !clock.instant().isBefore(expires)) {
                return Optional.empty();
            }
            Role role = Role.valueOf(claims.path("role").asText().toUpperCase(java.util.Locale.ROOT));
            Optional<String> workstation =
                    claims.hasNonNull("wks") ? Optional.of(claims.get("wks").asText()) : Optional.empty();
            return Optional.of(new Claims(claims.path("sub").asText(), role, workstation, expires));
        } catch (java.io.IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of a secret as hex: how refresh tokens and pairing secrets are stored. */
    static String sha256(String secret) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

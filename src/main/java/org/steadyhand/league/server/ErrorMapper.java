package org.steadyhand.league.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP answers, all in one JSON shape:
 * {@code {"status":400,"code":"UPPER_CASE","message":"..."}}. Bad JSON and invalid values are 400,
 * a database that does not answer is 503, and anything unexpected is logged once and answered 500
 * without internals.
 */
final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private final ObjectMapper json;

    ErrorMapper(ObjectMapper json) {
        this.json = json;
    }

    void write(Exchange exchange, Exception failure) {
        ApiException error = toApi(failure);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", error.status());
        body.put("code", error.code());
        body.put("message", error.getMessage());
        if (error.status() == 413) {
            exchange.header("Connection", "close"); // the rest of the body is not read
        }
        try {
            exchange.json(error.status(), json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an error body", e);
        }
    }

    private static ApiException toApi(Exception failure) {
        return switch (failure) {
            case ApiException api -> api;
            case JsonProcessingException bad ->
                ApiException.badRequest("BAD_JSON", "the body is not the expected JSON: " + bad.getOriginalMessage());
            case IllegalArgumentException invalid -> ApiException.badRequest("INVALID_FIELD", invalid.getMessage());
            case LeagueStoreException store -> {
                LOG.warn("league database failed: {}", store.getMessage());
                yield new ApiException(503, "STORAGE_UNAVAILABLE", "the league database is not available");
            }
            default -> {
                LOG.error("request failed", failure);
                yield new ApiException(500, "INTERNAL_ERROR", "the server failed; details are in its log");
            }
        };
    }
}

package org.steadyhand.league.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * One HTTP request and its response, as the handlers see it: the path split into segments, query
 * parameters, the body read with a size limit, and JSON or text written back. Keeps Jetty's types
 * out of the route classes' logic.
 *
 * <p>Not thread-safe: one per request.
 */
final class Exchange {
    private static final HttpField JSON = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "application/json");

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final String[] segments;
    private Fields query;
    private int status;

    Exchange(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        String path = request.getHttpURI().getDecodedPath();
        this.segments = path.length() <= 1 ? new String[0] : path.substring(1).split("/", -1);
    }

    String method() {
        return request.getMethod();
    }

    String[] segments() {
        return segments;
    }

    /** The client's address: what rate limits count against. */
    String client() {
        return Request.getRemoteAddr(request);
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(request.getHeaders().get(name));
    }

    Optional<String> query(String name) {
        if (query == null) {
            query = Request.extractQueryParameters(request);
        }
        return Optional.ofNullable(query.getValue(name));
    }

    /** An integer query parameter within [min, max], or the default when absent. */
    int intQuery(String name, int fallback, int min, int max) {
        Optional<String> text = query(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value < min || value > max) {
                throw ApiException.badRequest(
                        "INVALID_PARAMETER", "'" + name + "' must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("INVALID_PARAMETER", "'" + name + "' must be an integer");
        }
    }

    /** The request body, refused with 413 when longer than {@code maxBytes}. */
    byte[] body(int maxBytes) {
        if (request.getLength() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return body;
        } catch (IOException e) {
            throw ApiException.badRequest("BAD_BODY", "cannot read the request body: " + e.getMessage());
        }
    }

    private static ApiException tooLarge(int maxBytes) {
        return new ApiException(413, "BODY_TOO_LARGE", "request bodies are limited to " + maxBytes + " bytes");
    }

    int status() {
        return status;
    }

    void json(int status, byte[] body) {
        response.getHeaders().put(JSON);
        send(status, body);
    }

    void text(int status, String contentType, String body) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        send(status, body.getBytes(StandardCharsets.UTF_8));
    }

    void header(String name, String value) {
        response.getHeaders().put(name, value);
    }

    private void send(int status, byte[] body) {
        this.status = status;
        response.setStatus(status);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}

package org.steadyhand.league.server;

/**
 * A request the API refuses, with the HTTP status and the fixed upper-case code of the one JSON
 * error shape {@code {"status":400,"code":"BAD_JSON","message":"..."}} ({@link ErrorMapper}).
 */
final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "NOT_FOUND", message);
    }

    static ApiException unauthorized(String message) {
        return new ApiException(401, "UNAUTHORIZED", message);
    }

    static ApiException forbidden(String code, String message) {
        return new ApiException(403, code, message);
    }
}

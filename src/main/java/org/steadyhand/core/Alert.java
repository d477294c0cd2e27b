package org.steadyhand.core;

/**
 * A condition the trainee or instructor must notice, raised during a session (force above the
 * danger threshold, tremor rising, a device detached).
 *
 * @param code fixed upper-case code, e.g. {@code FORCE_DANGER}
 * @param message one plain sentence for the user
 */
public record Alert(long atNanos, String code, String message) implements TimedEvent {
    public Alert {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("alert code must be upper case, got '" + code + "'");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("alert " + code + " needs a message");
        }
    }

    @Override
    public String kind() {
        return "alert";
    }

    @Override
    public Alert shiftedBy(long deltaNanos) {
        return new Alert(atNanos + deltaNanos, code, message);
    }
}

package org.steadyhand.ui.devices;

/**
 * What an opened source last reported, as the status column shows it.
 *
 * @param reason why it is detached or failed, or its description when attached; never null
 */
public record SourceStatus(State state, String reason) {
    /** The SPI's status events, plus the time between opening and the first event. */
    public enum State {
        OPENING("Opening"),
        ATTACHED("Attached"),
        DETACHED("Detached"),
        FAILED("Failed");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public SourceStatus {
        if (state == null) {
            throw new IllegalArgumentException("a status needs a state");
        }
        reason = reason == null ? "" : reason;
    }

    /** e.g. {@code Attached}, {@code Detached: port /dev/ttyUSB0 went away}. */
    public String text() {
        return state == State.ATTACHED || state == State.OPENING || reason.isEmpty()
                ? state.label()
                : state.label() + ": " + reason;
    }
}

package org.steadyhand.ui.review;

import java.util.Optional;

/**
 * One entry of a filter's drop-down: a value, or empty for "any", with the words shown for it.
 * Immutable.
 */
public record Choice<T>(Optional<T> value, String label) {
    static <T> Choice<T> any(String label) {
        return new Choice<>(Optional.empty(), label);
    }

    static <T> Choice<T> of(T value, String label) {
        return new Choice<>(Optional.of(value), label);
    }

    @Override
    public String toString() {
        return label;
    }
}

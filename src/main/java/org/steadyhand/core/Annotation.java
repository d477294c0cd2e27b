package org.steadyhand.core;

/** A free-text note attached to a moment of a session, e.g. by the instructor during review. */
public record Annotation(long atNanos, String author, String text) implements TimedEvent {
    public Annotation {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an annotation needs text");
        }
        author = author == null ? "" : author;
    }

    @Override
    public String kind() {
        return "note";
    }

    @Override
    public Annotation shiftedBy(long deltaNanos) {
        return new Annotation(atNanos + deltaNanos, author, text);
    }
}

package org.steadyhand.ui.review;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.SessionId;
import org.steadyhand.store.SessionNotes;
import org.steadyhand.store.StoreException;

/**
 * The instructor's note on the session under review: the text being edited, whether it differs
 * from the saved one, and saving it ({@link SessionNotes}) in the background; part of
 * {@link SessionDetailViewModel}. Threading: FX thread, the database on {@code background}.
 */
final class InstructorNote {
    private static final Logger LOG = LoggerFactory.getLogger(InstructorNote.class);
    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final ReviewServices services;
    private final Executor background;
    private final Executor fx;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private Optional<SessionId> session = Optional.empty();
    private String saved = "";

    InstructorNote(ReviewServices services, Executor background, Executor fx) {
        this.services = services;
        this.background = background;
        this.fx = fx;
        text.addListener((o, old, now) -> {
            dirty.set(!now.equals(saved));
            if (dirty.get()) {
                status.set("Not saved yet");
            }
        });
    }

    /** Shows the note of {@code id} as stored (empty: none yet), or nothing while loading. */
    void show(Optional<SessionId> id, Optional<SessionNotes.Note> stored) {
        session = id;
        setSaved(
                stored.map(SessionNotes.Note::text).orElse(""),
                stored.map(n -> savedText(n.savedAt())).orElse(""));
    }

    /** Saves the text in the background; ignored without a session. */
    void save() {
        if (session.isEmpty()) {
            return;
        }
        SessionId id = session.get();
        String note = text.get();
        status.set("Saving…");
        background.execute(() -> {
            try {
                Instant now = services.clock().instant();
                services.notes().save(id, note, now);
                fx.execute(() -> {
                    if (session.equals(Optional.of(id))) {
                        setSaved(note, savedText(now));
                    }
                });
            } catch (StoreException | BadInputException e) {
                LOG.error("saving the note of session {} failed", id, e);
                fx.execute(() -> status.set("Not saved: " + e.getMessage()));
            }
        });
    }

    /** Saves the text if it was edited, so moving on never loses it. */
    void saveIfEdited() {
        if (dirty.get()) {
            save();
        }
    }

    private String savedText(Instant at) {
        return "Saved " + SAVED_AT.format(at.atZone(services.clock().getZone()));
    }

    private void setSaved(String note, String statusText) {
        saved = note;
        text.set(note);
        dirty.set(false);
        status.set(statusText);
    }

    StringProperty textProperty() {
        return text;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}

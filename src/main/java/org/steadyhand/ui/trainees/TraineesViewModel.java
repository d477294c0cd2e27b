package org.steadyhand.ui.trainees;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.core.BadInputException;
import org.steadyhand.store.StoreException;
import org.steadyhand.store.TraineeRepository;
import org.steadyhand.store.TraineeRepository.Profile;
import org.steadyhand.store.TraineeRepository.Trainee;

/**
 * The Trainees screen's state: the list (archived trainees hidden unless asked for), a form that
 * creates a trainee or edits the one chosen, and archive / restore. Problems are plain sentences
 * in {@link #messageProperty()}.
 *
 * <p>Threading: properties and commands on the FX thread; the store is used on {@code background},
 * results come back through {@code fx}. Listeners added with {@link #onTraineesChanged} run on the
 * FX thread after every stored change (the rig's picker and the trends list reload then).
 */
public final class TraineesViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(TraineesViewModel.class);

    private final TraineeRepository trainees;
    private final Executor background;
    private final Executor fx;
    private final ObservableList<Trainee> all = FXCollections.observableArrayList();
    private final FilteredList<Trainee> shown = new FilteredList<>(all, t -> !t.archived());
    private final BooleanProperty showArchived = new SimpleBooleanProperty(this, "showArchived");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty cohort = new SimpleStringProperty(this, "cohort", "");
    private final ObjectProperty<HandChoice> hand = new SimpleObjectProperty<>(this, "hand", HandChoice.NOT_SET);
    private final ReadOnlyObjectWrapper<Optional<Trainee>> editing =
            new ReadOnlyObjectWrapper<>(this, "editing", Optional.empty());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final List<Runnable> changeListeners = new ArrayList<>();

    public TraineesViewModel(TraineeRepository trainees, Executor background, Executor fx) {
        this.trainees = trainees;
        this.background = background;
        this.fx = fx;
        showArchived.addListener((o, old, show) -> shown.setPredicate(show ? t -> true : t -> !t.archived()));
    }

    /** Reloads the list in the background. */
    public void refresh() {
        run(() -> {}, "", false);
    }

    /** Empties the form to add a new trainee. */
    public void startNew() {
        editing.set(Optional.empty());
        name.set("");
        cohort.set("");
        hand.set(HandChoice.NOT_SET);
        say("", false);
    }

    /** Fills the form with {@code trainee}'s profile; Save then updates them. */
    public void edit(Trainee trainee) {
        editing.set(Optional.of(trainee));
        name.set(trainee.name());
        cohort.set(trainee.cohort().orElse(""));
        hand.set(HandChoice.of(trainee.dominantHand()));
        say("", false);
    }

    /** Creates or updates from the form; an empty or duplicate name is refused with a message. */
    public void save() {
        Profile profile;
        try {
            profile = new Profile(
                    name.get(), Optional.ofNullable(cohort.get()), hand.get().hand());
        } catch (BadInputException e) {
            say(sentence(e.getMessage()), true);
            return;
        }
        Optional<Trainee> target = editing.get();
        run(
                () -> target.ifPresentOrElse(t -> trainees.update(t.id(), profile), () -> trainees.create(profile)),
                (target.isPresent() ? "Saved " : "Added ") + profile.name(),
                true);
    }

    /** Archives {@code trainee}: hidden here (unless archived ones are shown) and from the rig's picker. */
    public void archive(Trainee trainee) {
        setArchived(trainee, true);
    }

    /** Restores an archived trainee. */
    public void unarchive(Trainee trainee) {
        setArchived(trainee, false);
    }

    private void setArchived(Trainee trainee, boolean archived) {
        run(
                () -> trainees.setArchived(trainee.id(), archived),
                (archived ? "Archived " : "Restored ") + trainee.name(),
                true);
    }

    /** Does {@code change} on the background, then reloads the list and reports {@code done}. */
    private void run(Runnable change, String done, boolean changes) {
        busy.set(true);
        background.execute(() -> {
            try {
                change.run();
                List<Trainee> list = trainees.list();
                fx.execute(() -> {
                    busy.set(false);
                    all.setAll(list);
                    if (changes) {
                        startNew();
                        say(done, false);
                        changeListeners.forEach(Runnable::run);
                    }
                });
            } catch (BadInputException e) {
                fx.execute(() -> {
                    busy.set(false);
                    say(sentence(e.getMessage()), true);
                });
            } catch (StoreException e) {
                LOG.error("trainee change failed", e);
                fx.execute(() -> {
                    busy.set(false);
                    say("The trainees could not be stored: " + e.getMessage(), true);
                });
            }
        });
    }

    private void say(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }

    private static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    /** Runs {@code listener} on the FX thread after each stored change. */
    public void onTraineesChanged(Runnable listener) {
        changeListeners.add(listener);
    }

    /** The trainees shown, by name. */
    public ObservableList<Trainee> trainees() {
        return FXCollections.unmodifiableObservableList(shown);
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty cohortProperty() {
        return cohort;
    }

    public ObjectProperty<HandChoice> handProperty() {
        return hand;
    }

    /** The trainee the form edits; empty when it adds a new one. */
    public ReadOnlyObjectProperty<Optional<Trainee>> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** What the last action did, or why it was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}

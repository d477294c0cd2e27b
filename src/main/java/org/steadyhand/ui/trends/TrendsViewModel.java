package org.steadyhand.ui.trends;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.analysis.score.ScoringPlan;
import org.steadyhand.session.ModuleCatalog;
import org.steadyhand.session.TrainingModule;
import org.steadyhand.store.ScoreRepository;
import org.steadyhand.store.StoreException;
import org.steadyhand.store.TraineeRepository;
import org.steadyhand.store.TraineeRepository.Trainee;

/**
 * The Trends screen's state: the chosen trainee (archived ones are not offered) and module, and
 * their {@link Trend} with a headline and a standing line in words.
 *
 * <p>Threading: properties and commands on the FX thread; the database is read on
 * {@code background}, results come back through {@code fx}; a result for a choice that has changed
 * meanwhile is dropped.
 */
public final class TrendsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(TrendsViewModel.class);

    private final TraineeRepository trainees;
    private final ScoreRepository scores;
    private final Executor background;
    private final Executor fx;
    private final List<TrainingModule> modules;
    private final ObservableList<Trainee> traineeChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Trainee> trainee = new SimpleObjectProperty<>(this, "trainee");
    private final ObjectProperty<TrainingModule> module;
    private final ReadOnlyObjectWrapper<Optional<Trend>> trend =
            new ReadOnlyObjectWrapper<>(this, "trend", Optional.empty());
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper standing = new ReadOnlyStringWrapper(this, "standing", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

    public TrendsViewModel(
            TraineeRepository trainees,
            ScoreRepository scores,
            ModuleCatalog catalog,
            Executor background,
            Executor fx) {
        this.trainees = trainees;
        this.scores = scores;
        this.background = background;
        this.fx = fx;
        this.modules =
                catalog.all().stream().filter(m -> m.scoring().isPresent()).toList();
        this.module = new SimpleObjectProperty<>(this, "module", modules.isEmpty() ? null : modules.get(0));
        trainee.addListener((o, old, now) -> load());
        module.addListener((o, old, now) -> load());
    }

    /** Reloads the trainee list (keeping the choice when it still exists), then the trend. */
    public void refresh() {
        loading.set(true);
        background.execute(() -> {
            try {
                List<Trainee> active =
                        trainees.list().stream().filter(t -> !t.archived()).toList();
                fx.execute(() -> traineesLoaded(active));
            } catch (StoreException e) {
                LOG.error("listing trainees failed", e);
                fx.execute(() -> {
                    loading.set(false);
                    headline.set("The trainees could not be read: " + e.getMessage());
                });
            }
        });
    }

    private void traineesLoaded(List<Trainee> active) {
        loading.set(false);
        Optional<Trainee> keep = Optional.ofNullable(trainee.get())
                .flatMap(chosen ->
                        active.stream().filter(t -> t.id().equals(chosen.id())).findFirst());
        traineeChoices.setAll(active);
        Trainee next = keep.orElse(active.isEmpty() ? null : active.get(0));
        if (next == trainee.get() || (next != null && next.equals(trainee.get()))) {
            load();
        } else {
            trainee.set(next); // loads through the listener
        }
    }

    private void load() {
        Trainee who = trainee.get();
        TrainingModule what = module.get();
        if (who == null || what == null) {
            trend.set(Optional.empty());
            headline.set(
                    who == null
                            ? "No trainees yet — add one on the Trainees screen"
                            : "No scored modules are configured");
            standing.set("");
            return;
        }
        loading.set(true);
        background.execute(() -> {
            try {
                Trend computed = Trend.of(
                        who.id(),
                        who.cohort(),
                        what.scoring().map(ScoringPlan::passMark).orElse(0.0),
                        scores.moduleScores(what.id()));
                fx.execute(() -> loaded(who, what, computed));
            } catch (StoreException e) {
                LOG.error("reading scores for trends failed", e);
                fx.execute(() -> {
                    loading.set(false);
                    headline.set("The scores could not be read: " + e.getMessage());
                });
            }
        });
    }

    private void loaded(Trainee who, TrainingModule what, Trend computed) {
        if (who != trainee.get() || what != module.get()) {
            return;
        }
        loading.set(false);
        trend.set(Optional.of(computed));
        headline.set(TrendText.headline(who.name(), what.name(), computed));
        standing.set(TrendText.standing(computed));
    }

    public List<TrainingModule> modules() {
        return modules;
    }

    /** Trainees that are not archived, by name. */
    public ObservableList<Trainee> trainees() {
        return FXCollections.unmodifiableObservableList(traineeChoices);
    }

    public ObjectProperty<Trainee> traineeProperty() {
        return trainee;
    }

    public ObjectProperty<TrainingModule> moduleProperty() {
        return module;
    }

    /** The chosen trainee's trend in the chosen module; empty before one is loaded. */
    public ReadOnlyObjectProperty<Optional<Trend>> trendProperty() {
        return trend.getReadOnlyProperty();
    }

    /** e.g. "Ada · Forceps: 12 sessions, last 78.5, best 84.0, 9 passed (pass mark 70)". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** e.g. "63rd percentile of cohort A-2026 (8 trainees, latest scores)". */
    public ReadOnlyStringProperty standingProperty() {
        return standing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}

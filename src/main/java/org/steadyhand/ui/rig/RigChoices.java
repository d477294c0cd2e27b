package org.steadyhand.ui.rig;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.session.TrainingModule;
import org.steadyhand.store.StoreException;
import org.steadyhand.store.TraineeRepository;

/**
 * What the trainee chooses before starting: name, module and, on the simulated rig, skill. The
 * view binds its pickers to these properties; {@link RigViewModel} reacts to changes. FX thread.
 */
public final class RigChoices {
    private static final Logger LOG = LoggerFactory.getLogger(RigChoices.class);
    private final RigServices services;
    private final StringProperty traineeName = new SimpleStringProperty(this, "traineeName", "");
    private final ObjectProperty<TrainingModule> module;
    private final ObjectProperty<SimSkill> skill = new SimpleObjectProperty<>(this, "skill", SimSkill.INTERMEDIATE);
    private final ObservableList<String> knownTrainees = FXCollections.observableArrayList();

    RigChoices(RigServices services) {
        this.services = services;
        this.module = new SimpleObjectProperty<>(
                this, "module", services.modules().all().get(0));
    }

    /** The source specs for the chosen skill (the configured ones when no source is simulated). */
    List<String> sourceSpecs() {
        return skillApplies() ? skill.get().applyTo(services.sourceSpecs()) : services.sourceSpecs();
    }

    /** Reloads {@link #knownTrainees()} from the store on {@code worker}, then sets it on {@code fx}. */
    public void loadKnownTrainees(Executor worker, Executor fx) {
        worker.execute(() -> {
            try {
                List<String> names = services.trainees().list().stream()
                        .filter(trainee -> !trainee.archived())
                        .map(TraineeRepository.Trainee::name)
                        .toList();
                fx.execute(() -> knownTrainees.setAll(names));
            } catch (StoreException e) {
                // The picker is a convenience; typing a name still works, so a warning is enough.
                LOG.warn("could not list trainees for the name picker: {}", e.getMessage());
            }
        });
    }

    /** Whether a simulated rig is configured, so the skill picker means something. */
    public boolean skillApplies() {
        return SimSkill.appliesTo(services.sourceSpecs());
    }

    public List<TrainingModule> modules() {
        return services.modules().all();
    }

    public List<SimSkill> skills() {
        return List.of(SimSkill.values());
    }

    public StringProperty traineeNameProperty() {
        return traineeName;
    }

    public ObjectProperty<TrainingModule> moduleProperty() {
        return module;
    }

    public ObjectProperty<SimSkill> skillProperty() {
        return skill;
    }

    /** Names of stored trainees, for the name picker; refreshed after every recording. */
    public ObservableList<String> knownTrainees() {
        return FXCollections.unmodifiableObservableList(knownTrainees);
    }
}

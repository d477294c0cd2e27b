package org.steadyhand.ui.trainees;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.store.Database;
import org.steadyhand.store.TraineeRepository;
import org.steadyhand.store.TraineeRepository.Hand;
import org.steadyhand.store.TraineeRepository.Trainee;

class TraineesViewModelTest {
    private static final Executor NOW = Runnable::run;

    @TempDir
    Path folder;

    @Test
    void createEditArchiveAndRestoreThroughTheForm() {
        try (Database database = Database.open(folder)) {
            TraineeRepository store = new TraineeRepository(database);
            TraineesViewModel model = new TraineesViewModel(store, NOW, NOW);
            int[] changes = {0};
            model.onTraineesChanged(() -> changes[0]++);
            model.refresh();

            model.nameProperty().set(" Ada Lovelace ");
            model.cohortProperty().set("Residents 2026");
            model.handProperty().set(HandChoice.LEFT);
            model.save();

            assertThat(model.messageProperty().get()).isEqualTo("Added Ada Lovelace");
            assertThat(model.messageIsErrorProperty().get()).isFalse();
            assertThat(model.trainees()).hasSize(1);
            Trainee ada = model.trainees().get(0);
            assertThat(ada.cohort()).contains("Residents 2026");
            assertThat(ada.dominantHand()).contains(Hand.LEFT);

            model.edit(ada);
            assertThat(model.nameProperty().get()).isEqualTo("Ada Lovelace");
            assertThat(model.handProperty().get()).isEqualTo(HandChoice.LEFT);
            model.cohortProperty().set("Fellows 2027");
            model.save();

            assertThat(model.messageProperty().get()).isEqualTo("Saved Ada Lovelace");
            assertThat(store.list().get(0).cohort()).contains("Fellows 2027");
            assertThat(model.editingProperty().get()).isEmpty();

            model.archive(model.trainees().get(0));

            assertThat(model.trainees()).isEmpty();
            assertThat(store.list().get(0).archived()).isTrue();
            assertThat(model.messageProperty().get()).isEqualTo("Archived Ada Lovelace");
            model.showArchivedProperty().set(true);
            assertThat(model.trainees()).extracting(Trainee::archived).containsExactly(true);

            model.unarchive(model.trainees().get(0));
            model.showArchivedProperty().set(false);

            assertThat(model.trainees()).extracting(Trainee::name).containsExactly("Ada Lovelace");
            assertThat(changes[0]).isEqualTo(4);
        }
    }

    @Test
    void emptyAndDuplicateNamesAreRefusedWithPlainMessagesAndNothingStored() {
        try (Database database = Database.open(folder)) {
            TraineeRepository store = new TraineeRepository(database);
            store.create(new TraineeRepository.Profile("Grace", Optional.empty(), Optional.empty()));
            TraineesViewModel model = new TraineesViewModel(store, NOW, NOW);
            model.refresh();

            model.nameProperty().set("   ");
            model.save();
            assertThat(model.messageProperty().get()).isEqualTo("The trainee name is empty.");
            assertThat(model.messageIsErrorProperty().get()).isTrue();

            model.nameProperty().set("Grace");
            model.save();
            assertThat(model.messageProperty().get()).isEqualTo("A trainee named 'Grace' already exists.");
            assertThat(model.messageIsErrorProperty().get()).isTrue();
            assertThat(model.nameProperty().get())
                    .as("the form keeps what was typed")
                    .isEqualTo("Grace");
            assertThat(store.list()).hasSize(1);
        }
    }
}

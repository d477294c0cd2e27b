package org.steadyhand.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.TraineeId;
import org.steadyhand.store.TraineeRepository.Hand;
import org.steadyhand.store.TraineeRepository.Profile;
import org.steadyhand.store.TraineeRepository.Trainee;

class TraineeRepositoryTest {
    @TempDir
    Path folder;

    @Test
    void createdProfileReadsBackAfterReopening() {
        try (Database database = Database.open(folder)) {
            new TraineeRepository(database)
                    .create(new Profile("  Ada Lovelace ", Optional.of(" Residents 2026 "), Optional.of(Hand.LEFT)));
        }
        try (Database reopened = Database.open(folder)) {
            Trainee ada = new TraineeRepository(reopened).list().get(0);

            assertThat(ada.name()).isEqualTo("Ada Lovelace");
            assertThat(ada.cohort()).contains("Residents 2026");
            assertThat(ada.dominantHand()).contains(Hand.LEFT);
            assertThat(ada.archived()).isFalse();
        }
    }

    @Test
    void updateChangesNameCohortAndHandAndArchiveHidesButKeeps() {
        try (Database database = Database.open(folder)) {
            TraineeRepository trainees = new TraineeRepository(database);
            TraineeId id = trainees.create(new Profile("Ada", Optional.empty(), Optional.empty()));

            trainees.update(id, new Profile("Ada L.", Optional.of("Fellows"), Optional.of(Hand.RIGHT)));
            boolean found = trainees.setArchived(id, true);

            assertThat(found).isTrue();
            assertThat(trainees.list())
                    .containsExactly(new Trainee(id, "Ada L.", Optional.of("Fellows"), Optional.of(Hand.RIGHT), true));
            trainees.setArchived(id, false);
            assertThat(trainees.list().get(0).archived()).isFalse();
            assertThat(trainees.setArchived(TraineeId.newId(1), true)).isFalse();
        }
    }

    @Test
    void blankCohortMeansNoneAndRecordingCreatedTraineesHaveNoHand() {
        try (Database database = Database.open(folder)) {
            TraineeRepository trainees = new TraineeRepository(database);
            trainees.findOrCreate("Grace");
            trainees.create(new Profile("Alan", Optional.of("   "), Optional.empty()));

            assertThat(trainees.list())
                    .extracting(Trainee::name, Trainee::cohort, Trainee::dominantHand)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Alan", Optional.empty(), Optional.empty()),
                            org.assertj.core.groups.Tuple.tuple("Grace", Optional.empty(), Optional.empty()));
        }
    }

    @Test
    void duplicateAndEmptyNamesAreRefusedWithPlainMessages() {
        try (Database database = Database.open(folder)) {
            TraineeRepository trainees = new TraineeRepository(database);
            trainees.create(new Profile("Ada", Optional.empty(), Optional.empty()));
            TraineeId grace = trainees.create(new Profile("Grace", Optional.empty(), Optional.empty()));

            assertThatThrownBy(() -> trainees.create(new Profile("Ada", Optional.of("X"), Optional.empty())))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage("a trainee named 'Ada' already exists");
            assertThatThrownBy(() -> trainees.update(grace, new Profile("Ada", Optional.empty(), Optional.empty())))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage("a trainee named 'Ada' already exists");
            assertThatThrownBy(() -> new Profile("  ", Optional.empty(), Optional.empty()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage("the trainee name is empty");
            assertThatThrownBy(() -> new Profile("Ada", Optional.of("c".repeat(201)), Optional.empty()))
                    .hasMessage("the cohort is longer than 200 characters");
            assertThat(trainees.list()).extracting(Trainee::name).containsExactly("Ada", "Grace");
        }
    }
}

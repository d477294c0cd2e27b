package org.steadyhand.ui.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.analysis.trend.CohortBand;
import org.steadyhand.session.ModuleCatalog;
import org.steadyhand.store.Database;
import org.steadyhand.store.ScoreRepository;
import org.steadyhand.store.TraineeRepository;
import org.steadyhand.ui.ScoreSeeds;

class TrendsViewModelTest {
    private static final Executor NOW = Runnable::run;
    private static final Instant START = Instant.parse("2026-10-05T08:00:00Z");

    @TempDir
    Path folder;

    @Test
    void learningCurveMovingAverageCohortBandsAndPercentileFromStoredScores() {
        try (Database database = Database.open(folder)) {
            seed(database);
            TrendsViewModel model = model(database);

            model.refresh();
            model.traineeProperty().set(named(model, "Ada"));

            Trend trend = model.trendProperty().get().orElseThrow();
            assertThat(trend.curve()).extracting(CurvePoint::overall).containsExactly(50.0, 60.0, 70.0, 80.0);
            // Trailing mean over up to 5 sessions: 50, (50+60)/2, (50+60+70)/3, (50+…+80)/4.
            assertThat(trend.curve()).extracting(CurvePoint::movingAverage).containsExactly(50.0, 55.0, 60.0, 65.0);
            assertThat(trend.curve()).extracting(CurvePoint::passed).containsExactly(false, false, true, true);
            assertThat(trend.passMark()).isEqualTo(70.0);
            // Cohort Fellows only (Dee is in another cohort); session 4 has two trainees: no band.
            // Expected percentiles: numpy.percentile([50,40,60] / [60,55,62] / [70,65,64], [10,25,50,75,90]).
            assertThat(trend.bands()).hasSize(3);
            assertBand(trend.bands().get(0), 1, 42, 45, 50, 55, 58);
            assertBand(trend.bands().get(1), 2, 56, 57.5, 60, 61, 61.6);
            assertBand(trend.bands().get(2), 3, 64.2, 64.5, 65, 67.5, 69);
            assertThat(trend.cohortTrainees()).isEqualTo(3);
            // Ada's latest 80 against Bob's 65 and Cy's 68: both below, mid-rank 100.
            assertThat(trend.percentile()).hasValue(100.0);
            assertThat(model.headlineProperty().get())
                    .isEqualTo("Ada · Anti-tremor: 4 sessions, last 80.0, best 80.0, 2 passed (pass mark 70)");
            assertThat(model.standingProperty().get())
                    .isEqualTo("Standing: 100th percentile of cohort Fellows (3 trainees, latest scores)");
        }
    }

    @Test
    void middleOfTheCohortAndAnotherModule() {
        try (Database database = Database.open(folder)) {
            seed(database);
            TrendsViewModel model = model(database);
            model.refresh();

            model.traineeProperty().set(named(model, "Cy"));

            // Cy's latest 68 against Ada's 80 and Bob's 65: one below, none equal -> 50.
            assertThat(model.trendProperty().get().orElseThrow().percentile()).hasValue(50.0);
            assertThat(model.standingProperty().get()).startsWith("Standing: 50th percentile of cohort Fellows");

            model.moduleProperty().set(ModuleCatalog.builtIn().require("forceps"));

            assertThat(model.trendProperty().get().orElseThrow().curve()).isEmpty();
            assertThat(model.headlineProperty().get())
                    .isEqualTo("Cy has no scored Forceps sessions yet — record one on the Rig screen");
            assertThat(model.standingProperty().get()).isEmpty();
        }
    }

    @Test
    void archivedTraineesAreNotOfferedAndAnEmptyStoreSaysWhatToDo() {
        try (Database database = Database.open(folder)) {
            TrendsViewModel model = model(database);
            model.refresh();
            assertThat(model.trainees()).isEmpty();
            assertThat(model.headlineProperty().get()).isEqualTo("No trainees yet — add one on the Trainees screen");

            seed(database);
            TraineeRepository trainees = new TraineeRepository(database);
            trainees.setArchived(trainees.list().get(0).id(), true); // Ada
            model.refresh();

            assertThat(model.trainees())
                    .extracting(TraineeRepository.Trainee::name)
                    .containsExactly("Bob", "Cy", "Dee");
            assertThat(model.traineeProperty().get().name()).isEqualTo("Bob");
        }
    }

    private static void assertBand(CohortBand band, int n, double p10, double p25, double p50, double p75, double p90) {
        assertThat(band.sessionNumber()).isEqualTo(n);
        assertThat(new double[] {band.p10(), band.p25(), band.p50(), band.p75(), band.p90()})
                .containsExactly(new double[] {p10, p25, p50, p75, p90}, within(1e-9));
    }

    private static TraineeRepository.Trainee named(TrendsViewModel model, String name) {
        return model.trainees().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static TrendsViewModel model(Database database) {
        return new TrendsViewModel(
                new TraineeRepository(database), new ScoreRepository(database), ModuleCatalog.builtIn(), NOW, NOW);
    }

    private static void seed(Database database) {
        ScoreSeeds seeds = new ScoreSeeds(database)
                .trainee("Ada", "Fellows")
                .trainee("Bob", "Fellows")
                .trainee("Cy", "Fellows")
                .trainee("Dee", "Residents");
        scores(seeds, "Ada", 0, 50, 60, 70, 80);
        scores(seeds, "Bob", 1, 40, 55, 65);
        scores(seeds, "Cy", 2, 60, 62, 64, 66, 68);
        scores(seeds, "Dee", 3, 90, 95);
    }

    private static void scores(ScoreSeeds seeds, String name, int offsetHours, double... overall) {
        for (int i = 0; i < overall.length; i++) {
            seeds.score(name, "anti-tremor", START.plusSeconds(86_400L * i + 3_600L * offsetHours), overall[i]);
        }
    }
}

package org.steadyhand.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.core.SessionId;
import org.steadyhand.session.LiveRig;
import org.steadyhand.session.Recording;
import org.steadyhand.session.SessionStatus;
import org.steadyhand.store.SessionCatalog;
import org.steadyhand.ui.TestWorkstation;
import org.steadyhand.ui.WorkstationServices;
import org.testfx.util.WaitForAsyncUtils;

/** The review list on a real H2 store, filters applied in SQL, background and FX hops run in place. */
class ReviewViewModelTest {
    private static final Instant MONDAY_NINE = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;

    private TestWorkstation workstation;
    private WorkstationServices services;
    private StoredSessions sessions;
    private ReviewViewModel model;

    @BeforeEach
    void open() {
        workstation = TestWorkstation.open(dir);
        services = workstation.services(List.of("sim:5"));
        sessions = new StoredSessions(workstation.database());
        model = reviewModel(Runnable::run);
    }

    private ReviewViewModel reviewModel(java.util.concurrent.Executor background) {
        ReviewServices review = ReviewServices.of(workstation.database(), workstation.modules(), Clock.systemUTC());
        return new ReviewViewModel(review, background, Runnable::run, Runnable::run, ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        workstation.close();
    }

    @Test
    void listsStoredSessionsNewestFirstWithScoreAndGrade() {
        SessionId ada = store("Ada", "anti-tremor", MONDAY_NINE, 3, SessionStatus.COMPLETED);
        sessions.score(ada, "anti-tremor", 82.44);
        store("Grace", "air-rifle-10m", MONDAY_NINE.plusSeconds(3600), 2, SessionStatus.STOPPED);

        model.refresh();

        assertThat(model.sessions()).hasSize(2);
        SessionRow newest = model.sessions().get(0);
        assertThat(newest.trainee()).isEqualTo("Grace");
        assertThat(newest.module()).isEqualTo("10 m air rifle");
        assertThat(newest.status()).isEqualTo(SessionStatus.STOPPED);
        assertThat(newest.startedText()).isEqualTo("2026-03-02 10:00:00");
        assertThat(newest.durationText()).isEqualTo("00:02");
        assertThat(newest.samples()).isEqualTo(2000);
        assertThat(newest.scoreText()).isEqualTo("not scored");
        SessionRow oldest = model.sessions().get(1);
        assertThat(oldest.module()).isEqualTo("Anti-tremor");
        assertThat(oldest.samplesText()).isEqualTo("3,000");
        assertThat(oldest.score()).hasValue(82.44);
        assertThat(oldest.scoreText()).isEqualTo("82.4  B  pass");
        assertThat(model.summaryProperty().get()).isEqualTo("2 sessions");
        assertThat(model.loadingProperty().get()).isFalse();
    }

    /**
     * Four sessions: Ada anti-tremor 2 Mar passed (82), Grace forceps 3 Mar failed (55), Ada air
     * rifle 4 Mar stopped unscored, Alan forceps 5 Mar interrupted unscored.
     */
    @ParameterizedTest(name = "trainee={0} module={1} from={2} to={3} result={4} status={5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -        | -             | -          | -          | -     | -           | Alan,Ada,Grace,Ada
            ada      | -             | -          | -          | -     | -           | Ada,Ada
            '  LOVE' | -             | -          | -          | -     | -           | -
            a        | forceps       | -          | -          | -     | -           | Alan,Grace
            -        | forceps       | -          | -          | -     | -           | Alan,Grace
            -        | -             | 2026-03-03 | 2026-03-04 | -     | -           | Ada,Grace
            -        | -             | 2026-03-04 | -          | -     | -           | Alan,Ada
            -        | -             | -          | 2026-03-02 | -     | -           | Ada
            -        | -             | -          | -          | true  | -           | Ada
            -        | -             | -          | -          | false | -           | Grace
            -        | -             | -          | -          | -     | stopped     | Ada
            -        | -             | -          | -          | -     | interrupted | Alan
            -        | forceps       | -          | -          | false | completed   | Grace
            grace    | anti-tremor   | -          | -          | -     | -           | -
            _        | -             | -          | -          | -     | -           | -
            '%'      | -             | -          | -          | -     | -           | -
            """)
    void filtersRunInTheDatabase(
            String trainee, String module, String from, String to, Boolean passed, String status, String expected) {
        SessionId ada = store("Ada", "anti-tremor", MONDAY_NINE, 1, SessionStatus.COMPLETED);
        sessions.score(ada, "anti-tremor", 82);
        SessionId grace = store("Grace", "forceps", MONDAY_NINE.plusSeconds(86_400), 1, SessionStatus.COMPLETED);
        sessions.score(grace, "forceps", 55);
        store("Ada", "air-rifle-10m", MONDAY_NINE.plusSeconds(2 * 86_400), 1, SessionStatus.STOPPED);
        store("Alan", "forceps", MONDAY_NINE.plusSeconds(3 * 86_400), 1, SessionStatus.INTERRUPTED);

        if (trainee != null) {
            model.traineeFilterProperty().set(trainee);
        }
        if (module != null) {
            model.moduleFilterProperty().set(choice(model.moduleChoices(), module));
        }
        model.fromDateProperty().set(from == null ? null : LocalDate.parse(from));
        model.toDateProperty().set(to == null ? null : LocalDate.parse(to));
        if (passed != null) {
            model.resultFilterProperty().set(choice(model.resultChoices(), passed));
        }
        if (status != null) {
            model.statusFilterProperty().set(choice(model.statusChoices(), SessionStatus.fromLabel(status)));
        }

        model.refresh();

        List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(","));
        assertThat(model.sessions()).extracting(SessionRow::trainee).containsExactlyElementsOf(want);
        boolean anyFilter =
                trainee != null || module != null || from != null || to != null || passed != null || status != null;
        String count = want.size() == 1 ? "1 session" : want.size() + " sessions";
        assertThat(model.summaryProperty().get()).isEqualTo(anyFilter ? count + " match the filters" : count);
    }

    @Test
    void clearingTheFiltersShowsEverySessionAgain() {
        store("Ada", "anti-tremor", MONDAY_NINE, 1, SessionStatus.COMPLETED);
        store("Grace", "forceps", MONDAY_NINE.plusSeconds(60), 1, SessionStatus.STOPPED);
        model.traineeFilterProperty().set("grace");
        model.statusFilterProperty().set(choice(model.statusChoices(), SessionStatus.STOPPED));
        assertThat(model.sessions()).hasSize(1);

        model.clearFilters();

        assertThat(model.sessions()).extracting(SessionRow::trainee).containsExactly("Grace", "Ada");
        assertThat(model.summaryProperty().get()).isEqualTo("2 sessions");
    }

    @Test
    void anEndDateBeforeTheStartDateSaysSoInsteadOfListing() {
        store("Ada", "anti-tremor", MONDAY_NINE, 1, SessionStatus.COMPLETED);
        model.fromDateProperty().set(LocalDate.parse("2026-03-05"));
        model.toDateProperty().set(LocalDate.parse("2026-03-01"));

        assertThat(model.sessions()).isEmpty();
        assertThat(model.summaryProperty().get())
                .isEqualTo("No sessions: the end date 2026-03-01 is before the start date 2026-03-05");
    }

    @Test
    void showsASessionRecordedFromTheSimulatedRigAfterARefresh() throws Exception {
        model.refresh();
        assertThat(model.sessions()).isEmpty();
        SessionId id;
        try (LiveRig rig = LiveRig.open(services.sourceRegistry(), List.of("sim:5"), "forceps")) {
            Recording recording = Recording.start(rig, services.sessionStore(), "Ada", "{}");
            id = recording.id();
            SessionCatalog catalog = services.sessionCatalog();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                var channels = catalog.get(recording.id()).channels();
                return !channels.isEmpty() && channels.stream().allMatch(c -> c.sampleCount() > 0);
            });
            recording.stop(SessionStatus.STOPPED, "stopped by the test");
        }

        model.refresh();

        assertThat(model.sessions()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(id);
            assertThat(row.trainee()).isEqualTo("Ada");
            assertThat(row.module()).isEqualTo("Forceps");
            assertThat(row.statusText()).isEqualTo("stopped");
            assertThat(row.samples()).isGreaterThan(0);
        });
    }

    @Test
    void aRefreshAskedForWhileLoadingRunsAgainAfterwards() {
        ArrayDeque<Runnable> held = new ArrayDeque<>();
        ReviewViewModel queued = reviewModel(held::add);
        queued.refresh();
        store("Ada", "forceps", MONDAY_NINE, 1, SessionStatus.COMPLETED);
        queued.refresh();

        assertThat(held).hasSize(1);
        held.poll().run();
        assertThat(held).as("the second refresh, queued after the first").hasSize(1);
        held.poll().run();

        assertThat(queued.sessions()).extracting(SessionRow::trainee).containsExactly("Ada");
    }

    private SessionId store(String trainee, String module, Instant start, int seconds, SessionStatus status) {
        return sessions.store(trainee, module, start, seconds, status, Map.of("tip_x", t -> t), List.of());
    }

    private static <T> Choice<T> choice(List<Choice<T>> choices, T value) {
        return choices.stream()
                .filter(c -> c.value().equals(Optional.of(value)))
                .findFirst()
                .orElseThrow();
    }
}

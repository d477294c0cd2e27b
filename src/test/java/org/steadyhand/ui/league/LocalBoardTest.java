package org.steadyhand.ui.league;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.steadyhand.core.SessionId;
import org.steadyhand.core.TraineeId;
import org.steadyhand.league.Standing;
import org.steadyhand.store.ModuleScoreRow;

class LocalBoardTest {
    private static final TraineeId ADA = TraineeId.newId(1);
    private static final TraineeId BOB = TraineeId.newId(2);
    private static final TraineeId CY = TraineeId.newId(3);
    private static final TraineeId DEE = TraineeId.newId(4);

    @Test
    void ranksByBestScoreThenWhoReachedItFirstAndCountsSessions() {
        List<ModuleScoreRow> rows = List.of(
                row(ADA, "Ada", 60, 1, false),
                row(BOB, "Bob", 80, 2, false), // Bob reaches 80 before Ada does
                row(ADA, "Ada", 80, 3, false),
                row(CY, "Cy", 90, 4, false),
                row(DEE, "Dee", 99, 5, true), // archived: left out
                row(ADA, "Ada", 75, 6, false));

        List<BoardRow> board = LocalBoard.rank("forceps", rows);

        assertThat(board)
                .containsExactly(
                        new BoardRow(1, "Cy", Optional.of("A"), 90, OptionalInt.of(1), day(4)),
                        new BoardRow(2, "Bob", Optional.of("A"), 80, OptionalInt.of(1), day(2)),
                        new BoardRow(3, "Ada", Optional.of("A"), 80, OptionalInt.of(3), day(6)));
    }

    @Test
    void noScoresNoLines() {
        assertThat(LocalBoard.rank("forceps", List.of())).isEmpty();
    }

    @Test
    void serverLinesKeepRankAndPointsWithoutCohortOrSessions() {
        List<BoardRow> lines = LocalBoard.fromServer(List.of(new Standing(1, "id", "Ada", 88.5, day(3))));

        assertThat(lines).containsExactly(new BoardRow(1, "Ada", Optional.empty(), 88.5, OptionalInt.empty(), day(3)));
    }

    private static ModuleScoreRow row(TraineeId who, String name, double overall, int dayNumber, boolean archived) {
        return new ModuleScoreRow(
                SessionId.newId(dayNumber),
                who,
                name,
                Optional.of("A"),
                archived,
                day(dayNumber),
                overall,
                overall >= 70,
                day(dayNumber).plusSeconds(60));
    }

    private static Instant day(int n) {
        return Instant.parse("2026-11-01T09:00:00Z").plusSeconds(86_400L * n);
    }
}

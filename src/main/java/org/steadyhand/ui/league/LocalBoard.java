package org.steadyhand.ui.league;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.steadyhand.league.RankingIndex;
import org.steadyhand.league.Standing;
import org.steadyhand.store.ModuleScoreRow;

/**
 * Ranks a module's local scores exactly as the league server does, by feeding them through the
 * same {@link RankingIndex}: each trainee's best score, more points first, on equal points whoever
 * reached them earlier (the score's computation time, as sent to the league), then trainee id.
 * Archived trainees are left out. Pure: no I/O; not thread-safe (use per call).
 */
public final class LocalBoard {
    private LocalBoard() {}

    public static List<BoardRow> rank(String moduleId, List<ModuleScoreRow> scores) {
        RankingIndex index = new RankingIndex();
        Map<String, ModuleScoreRow> lastByTrainee = new HashMap<>();
        Map<String, Integer> sessionsByTrainee = new HashMap<>();
        for (ModuleScoreRow row : scores) {
            if (row.traineeArchived()) {
                continue;
            }
            String id = row.trainee().toString();
            index.accept(id, row.traineeName(), moduleId, row.overall(), row.computedAt());
            sessionsByTrainee.merge(id, 1, Integer::sum);
            lastByTrainee.merge(id, row, (a, b) -> b.startedAt().isAfter(a.startedAt()) ? b : a);
        }
        return index.top(moduleId, 0, index.size(moduleId)).stream()
                .map(standing -> line(standing, lastByTrainee, sessionsByTrainee))
                .toList();
    }

    private static BoardRow line(
            Standing standing, Map<String, ModuleScoreRow> lastByTrainee, Map<String, Integer> sessionsByTrainee) {
        ModuleScoreRow last = lastByTrainee.get(standing.traineeId());
        Instant lastStart = last.startedAt();
        return new BoardRow(
                standing.rank(),
                standing.traineeName(),
                last.cohort(),
                standing.points(),
                OptionalInt.of(sessionsByTrainee.get(standing.traineeId())),
                lastStart);
    }

    /** The server's lines, with what the server does not know left empty. */
    public static List<BoardRow> fromServer(List<Standing> standings) {
        return standings.stream()
                .map(s -> new BoardRow(
                        s.rank(), s.traineeName(), Optional.empty(), s.points(), OptionalInt.empty(), s.achievedAt()))
                .toList();
    }
}

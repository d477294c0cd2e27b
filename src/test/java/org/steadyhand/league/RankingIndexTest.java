package org.steadyhand.league;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankingIndexTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void moduleBoardKeepsEachTraineesBestScore() {
        RankingIndex index = new RankingIndex();
        index.accept("a", "Ann", "forceps", 60, T0);
        index.accept("a", "Ann", "forceps", 75, T0.plusSeconds(1));
        boolean worse = index.accept("a", "Ann", "forceps", 10, T0.plusSeconds(2));
        index.accept("b", "Ben", "forceps", 70, T0);

        assertThat(worse).isFalse();
        assertThat(index.top("forceps", 0, 10))
                .extracting(Standing::traineeId, Standing::points, Standing::rank)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", 75.0, 1),
                        org.assertj.core.groups.Tuple.tuple("b", 70.0, 2));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # points A, seconds A, points B, seconds B, expected leader
            80, 0, 79.9, 0, a
            80, 5, 80,   0, b
            80, 0, 80,   0, a
            """)
    void tiesGoToWhoeverReachedThePointsFirstThenToTheTraineeId(
            double pointsA, long secondsA, double pointsB, long secondsB, String leader) {
        RankingIndex index = new RankingIndex();
        index.accept("b", "B", "m", pointsB, T0.plusSeconds(secondsB));
        index.accept("a", "A", "m", pointsA, T0.plusSeconds(secondsA));

        assertThat(index.top("m", 0, 1).get(0).traineeId()).isEqualTo(leader);
        assertThat(index.rankOf(leader, "m").orElseThrow().rank()).isEqualTo(1);
    }

    @Test
    void globalBoardSumsBestsAndDatesTheTotalByItsLatestBest() {
        RankingIndex index = new RankingIndex();
        index.accept("a", "A", "forceps", 50, T0);
        index.accept("a", "A", "anti-tremor", 40, T0.plusSeconds(30));
        index.accept("b", "B", "forceps", 90, T0);

        Standing a = index.rankOf("a", RankingIndex.GLOBAL).orElseThrow();

        assertThat(a.points()).isEqualTo(90.0);
        assertThat(a.achievedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(a.rank()).isEqualTo(2); // B reached 90 earlier
        assertThat(index.size(RankingIndex.GLOBAL)).isEqualTo(2);
    }

    @Test
    void ranksAndPagesAgreeWithASortedListForRandomScores() {
        RankingIndex index = new RankingIndex();
        record Best(String id, double points, long millis) {}
        Comparator<Best> order = Comparator.comparingDouble((Best b) -> -b.points())
                .thenComparingLong(Best::millis)
                .thenComparing(Best::id);
        java.util.Map<String, Best> best = new java.util.HashMap<>();
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            String id = "t" + random.nextInt(2_000);
            double points = random.nextInt(1001) / 10.0;
            long millis = T0.toEpochMilli() + random.nextInt(100_000);
            index.accept(id, id, "m", points, Instant.ofEpochMilli(millis));
            Best candidate = new Best(id, points, millis);
            best.merge(id, candidate, (old, neu) -> order.compare(neu, old) < 0 ? neu : old);
        }
        List<Best> expected = new ArrayList<>(new TreeSet<>(order) {
            {
                addAll(best.values());
            }
        });

        List<Standing> page = index.top("m", 500, 100);

        for (int i = 0; i < page.size(); i++) {
            assertThat(page.get(i).traineeId()).isEqualTo(expected.get(500 + i).id());
            assertThat(page.get(i).rank()).isEqualTo(501 + i);
        }
        for (int i = 0; i < expected.size(); i += 97) {
            assertThat(index.rankOf(expected.get(i).id(), "m").orElseThrow().rank())
                    .isEqualTo(i + 1);
        }
        assertThat(index.size("m")).isEqualTo(expected.size());
    }
}

package org.steadyhand.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steadyhand.league.sync.SyncStatus;

class LeagueStatusTextTest {
    @Test
    void saysWhetherScoresReachTheLeagueAndHowManyWait() {
        assertThat(LeagueStatusText.of(Optional.empty(), ZoneOffset.UTC)).isEqualTo("League: not paired");
        assertThat(LeagueStatusText.of(Optional.of(status(SyncStatus.State.UP_TO_DATE, 0, 12, null)), ZoneOffset.UTC))
                .isEqualTo("League: up to date, 12 sent");
        assertThat(LeagueStatusText.of(
                        Optional.of(status(SyncStatus.State.OFFLINE, 3, 12, Instant.parse("2026-11-22T14:02:10Z"))),
                        ZoneOffset.UTC))
                .isEqualTo("League: offline, 3 waiting, retry at 14:02:10");
    }

    private static SyncStatus status(SyncStatus.State state, long pending, long sent, Instant next) {
        return new SyncStatus(state, pending, sent, 0, Optional.empty(), Optional.empty(), Optional.ofNullable(next));
    }
}

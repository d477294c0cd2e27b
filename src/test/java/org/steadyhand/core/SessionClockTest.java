package org.steadyhand.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SessionClockTest {
    @Test
    void countsFromZeroAndMapsToWallTime() {
        AtomicLong monotonic = new AtomicLong(1_000_000_000L);
        Instant wall = Instant.parse("2026-11-22T10:00:00Z");
        SessionClock clock = new SessionClock(wall, monotonic.get(), monotonic::get);

        monotonic.addAndGet(2_500_000_000L);

        assertThat(clock.nowNanos()).isEqualTo(2_500_000_000L);
        assertThat(clock.instantAt(clock.nowNanos())).isEqualTo(Instant.parse("2026-11-22T10:00:02.500Z"));
    }

    @Test
    void shiftedClockStartsLaterOnTheSameCounter() {
        AtomicLong monotonic = new AtomicLong(0);
        SessionClock rig = new SessionClock(Instant.parse("2026-11-22T10:00:00Z"), 0, monotonic::get);

        SessionClock session = rig.shiftedBy(3_000_000_000L);
        monotonic.set(4_000_000_000L);

        assertThat(session.nowNanos()).isEqualTo(1_000_000_000L);
        assertThat(session.wallAtZero()).isEqualTo(Instant.parse("2026-11-22T10:00:03Z"));
    }
}

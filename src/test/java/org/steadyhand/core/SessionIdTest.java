package org.steadyhand.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SessionIdTest {
    @Test
    void isAVersion7UuidCarryingItsStartTime() {
        long millis = 1_795_000_000_000L;
        SessionId id = SessionId.newId(millis);

        assertThat(id.value().version()).isEqualTo(7);
        assertThat(id.value().variant()).isEqualTo(2);
        assertThat(id.value().getMostSignificantBits() >>> 16).isEqualTo(millis);
    }

    @Test
    void laterSessionsSortAfterEarlierOnes() {
        SessionId earlier = SessionId.newId(1_000_000);
        SessionId later = SessionId.newId(1_000_001);

        assertThat(earlier).isLessThan(later);
    }

    @Test
    void parsesItsOwnTextAndRejectsOtherText() {
        SessionId id = SessionId.newId(42);

        assertThat(SessionId.parse(id.toString())).isEqualTo(id);
        assertThatThrownBy(() -> SessionId.parse("abc")).hasMessage("'abc' is not a session id");
    }
}

package org.steadyhand.store;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A stored session with its stored score, as the review list shows it.
 *
 * @param overallScore the stored overall score 0..100; empty when the session was not scored
 * @param passed whether the stored score passed; empty when not scored
 */
public record SessionListing(SessionSummary session, OptionalDouble overallScore, Optional<Boolean> passed) {
    public SessionListing {
        if (overallScore.isPresent() != passed.isPresent()) {
            throw new IllegalArgumentException("a score has both an overall value and pass / fail, or neither");
        }
    }
}

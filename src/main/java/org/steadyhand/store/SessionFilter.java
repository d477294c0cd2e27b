package org.steadyhand.store;

import java.time.Instant;
import java.util.Optional;
import org.steadyhand.session.SessionStatus;

/**
 * Which sessions a list shows; every part is optional and the parts combine with AND. The filter
 * runs in the database ({@link SessionCatalog#list(SessionFilter)}), so a workstation with years of
 * sessions never loads them all to show a few.
 *
 * @param traineeText part of the trainee's name, matched ignoring case
 * @param moduleId exact module id, e.g. {@code anti-tremor}
 * @param startedFrom sessions started at or after this instant
 * @param startedBefore sessions started before this instant
 * @param passed true: only scored sessions that passed; false: only scored sessions that failed
 *     (an unscored session matches neither)
 * @param status only sessions that ended up in this state
 * @param limit at most this many sessions, newest first; &gt;= 1
 */
public record SessionFilter(
        Optional<String> traineeText,
        Optional<String> moduleId,
        Optional<Instant> startedFrom,
        Optional<Instant> startedBefore,
        Optional<Boolean> passed,
        Optional<SessionStatus> status,
        int limit) {
    /** Enough for any screen; a list longer than this is narrowed with the other filters. */
    public static final int DEFAULT_LIMIT = 5000;

    /** No filter: the newest {@link #DEFAULT_LIMIT} sessions. */
    public static final SessionFilter ALL = new SessionFilter(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            DEFAULT_LIMIT);

    public SessionFilter {
        traineeText = traineeText.map(String::strip).filter(text -> !text.isEmpty());
        moduleId = moduleId.map(String::strip).filter(text -> !text.isEmpty());
        if (limit < 1) {
            throw new IllegalArgumentException("'limit' must be >= 1, got " + limit);
        }
        if (startedFrom.isPresent()
                && startedBefore.isPresent()
                && !startedFrom.get().isBefore(startedBefore.get())) {
            throw new IllegalArgumentException(
                    "the date range is empty: " + startedFrom.get() + " is not before " + startedBefore.get());
        }
    }
}

package org.steadyhand.store;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.SessionId;
import org.steadyhand.session.ModuleCatalog;
import org.steadyhand.session.SessionScorer;
import org.steadyhand.session.SessionStatus;
import org.steadyhand.session.SessionTelemetry;
import org.steadyhand.session.TrainingModule;

/**
 * Scores stored sessions: reads a session's telemetry back from the database, scores it with its
 * module's plan and stores the score. Scoring from what was stored, rather than from the live
 * stream, makes every score reproducible from the stored telemetry. Only completed sessions are
 * scored: a stopped or interrupted one did not do the whole exercise.
 *
 * <p>Thread-safe (each call reads on its own connection).
 */
public final class SessionScoring {
    private static final Logger LOG = LoggerFactory.getLogger(SessionScoring.class);

    private final SessionCatalog catalog;
    private final TelemetryReader telemetry;
    private final ScoreRepository scores;
    private final ModuleCatalog modules;
    private final SessionScorer scorer;
    private final Clock clock;

    public SessionScoring(Database database, ModuleCatalog modules, SessionScorer scorer, Clock clock) {
        this.catalog = new SessionCatalog(database);
        this.telemetry = new TelemetryReader(database);
        this.scores = new ScoreRepository(database);
        this.modules = modules;
        this.scorer = scorer;
        this.clock = clock;
    }

    /** A score with where it stands among the module's other stored scores. */
    public record RankedScore(StoredScore stored, OptionalDouble percentile) {}

    /** All of a session's channels and events as stored. */
    public SessionTelemetry load(SessionSummary session) {
        Map<String, SampleBlock> channels = new LinkedHashMap<>();
        for (StoredChannel channel : session.channels()) {
            TelemetryReader.Series series = telemetry.read(session.id(), channel);
            if (series.corruptChunks() > 0) {
                LOG.warn(
                        "session {} channel {}: {} corrupt chunk(s) left out of scoring",
                        session.id(),
                        channel.channel().name(),
                        series.corruptChunks());
            }
            channels.put(
                    channel.channel().name(), new SampleBlock(series.channel(), series.timesNanos(), series.values()));
        }
        return new SessionTelemetry(channels, telemetry.events(session.id()));
    }

    /**
     * Computes the score of {@code session} from its stored telemetry without storing it; empty
     * when the session is not completed, its module is unknown to this version or not scored, or
     * nothing it scores was measured.
     */
    public Optional<SessionScorer.ScoredSession> compute(SessionSummary session) {
        if (session.status() != SessionStatus.COMPLETED) {
            return Optional.empty();
        }
        Optional<TrainingModule> module = modules.find(session.moduleId());
        if (module.isEmpty()) {
            LOG.info(
                    "session {} is of module '{}', which this version does not know", session.id(), session.moduleId());
            return Optional.empty();
        }
        return scorer.score(module.get(), load(session));
    }

    /** Computes the score from stored telemetry and stores it (replacing an earlier one). */
    public Optional<RankedScore> scoreAndStore(SessionSummary session) {
        return compute(session).map(scored -> {
            StoredScore stored = new StoredScore(scored.score(), scored.metrics(), clock.instant());
            scores.save(session.id(), stored.score(), stored.metrics(), stored.computedAt());
            return rank(session, stored);
        });
    }

    /** {@link #scoreAndStore(SessionSummary)} for a session known by id. */
    public Optional<RankedScore> scoreAndStore(SessionId session) {
        return scoreAndStore(catalog.get(session));
    }

    /** The stored score, scoring the session first if it has none yet (sessions from before scoring). */
    public Optional<RankedScore> find(SessionSummary session) {
        Optional<StoredScore> stored = scores.find(session.id());
        if (stored.isPresent()) {
            return stored.map(s -> rank(session, s));
        }
        return scoreAndStore(session);
    }

    private RankedScore rank(SessionSummary session, StoredScore stored) {
        return new RankedScore(
                stored, scores.percentile(session.moduleId(), stored.score().overall(), session.id()));
    }
}

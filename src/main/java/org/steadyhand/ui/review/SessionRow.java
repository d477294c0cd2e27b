package org.steadyhand.ui.review;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.steadyhand.analysis.score.Grade;
import org.steadyhand.core.SessionId;
import org.steadyhand.session.ModuleCatalog;
import org.steadyhand.session.SessionStatus;
import org.steadyhand.session.TrainingModule;
import org.steadyhand.store.SessionListing;
import org.steadyhand.store.SessionSummary;
import org.steadyhand.store.StoredChannel;

/**
 * One line of the review list, with the texts it shows already formatted.
 *
 * @param startedText start in the workstation's time zone, {@code yyyy-MM-dd HH:mm:ss} (sorts as
 *     text in time order)
 * @param samples stored samples over all channels
 * @param score stored overall score 0..100; empty when not scored
 * @param passed whether the stored score passed; empty when not scored
 */
public record SessionRow(
        SessionId id,
        Instant startedAt,
        String startedText,
        String trainee,
        String module,
        SessionStatus status,
        Duration duration,
        long samples,
        OptionalDouble score,
        Optional<Boolean> passed,
        SessionListing listing) {
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    static SessionRow of(SessionListing listing, ModuleCatalog modules, ZoneId zone) {
        SessionSummary session = listing.session();
        String module =
                modules.find(session.moduleId()).map(TrainingModule::name).orElse(session.moduleId());
        long samples = session.channels().stream()
                .mapToLong(StoredChannel::sampleCount)
                .sum();
        // The stored data's length (the last sample's period included), if longer than the
        // wall-clock one (a replay at full speed).
        long dataNanos = session.channels().stream()
                .filter(c -> c.sampleCount() > 0)
                .mapToLong(c -> c.lastNanos() + Math.round(1e9 / c.channel().nominalRateHz()))
                .max()
                .orElse(0);
        Duration length = session.duration().compareTo(Duration.ofNanos(dataNanos)) >= 0
                ? session.duration()
                : Duration.ofNanos(dataNanos);
        return new SessionRow(
                session.id(),
                session.startedAt(),
                START.format(session.startedAt().atZone(zone)),
                session.traineeName(),
                module,
                session.status(),
                length,
                samples,
                listing.overallScore(),
                listing.passed(),
                listing);
    }

    /** e.g. {@code 82.4  B  pass}; {@code not scored} without a score. */
    public String scoreText() {
        if (score.isEmpty()) {
            return "not scored";
        }
        double overall = score.getAsDouble();
        return String.format(
                Locale.ROOT, "%.1f  %s  %s", overall, Grade.of(overall), passed.orElse(false) ? "pass" : "fail");
    }

    /** e.g. {@code 01:00}, or {@code 1:02:03} past an hour. */
    public String durationText() {
        return durationText(duration);
    }

    static String durationText(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
    }

    /** e.g. {@code 300,000}. */
    public String samplesText() {
        return samplesText(samples);
    }

    static String samplesText(long samples) {
        return String.format(Locale.ROOT, "%,d", samples);
    }

    public String statusText() {
        return status.label();
    }
}

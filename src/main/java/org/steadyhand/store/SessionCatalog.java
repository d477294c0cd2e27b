package org.steadyhand.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.UUID;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.Channel;
import org.steadyhand.core.SessionId;
import org.steadyhand.core.Unit;
import org.steadyhand.session.SessionStatus;

/** Finds stored sessions: lists with filters, and lookup by id or unambiguous id prefix. */
public final class SessionCatalog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELECT_SESSIONS = "SELECT s.id, s.module_id, t.name, s.started_at, s.ended_at,"
            + " s.status, s.status_message, s.sources, sc.overall, sc.passed FROM session s"
            + " JOIN trainee t ON t.id = s.trainee_id LEFT JOIN score sc ON sc.session_id = s.id";
    private static final String NEWEST_FIRST = " ORDER BY s.started_at DESC, s.id DESC";

    private final Database database;

    public SessionCatalog(Database database) {
        this.database = database;
    }

    /** Sessions, newest first, optionally of one trainee (exact name). */
    public List<SessionSummary> list(Optional<String> traineeName) {
        String where = traineeName.isPresent() ? " WHERE t.name = ?" : "";
        return summaries(query(
                SELECT_SESSIONS + where + NEWEST_FIRST,
                traineeName.stream().<Object>map(name -> name).toList()));
    }

    /**
     * Sessions passing {@code filter}, newest first, with their stored scores. The filter runs in
     * the database (on the {@code session_started} and {@code session_trainee} indexes), and only
     * the sessions shown are read.
     */
    public List<SessionListing> list(SessionFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> parameters = new ArrayList<>();
        filter.traineeText().ifPresent(text -> {
            where.append(" AND LOWER(t.name) LIKE ? ESCAPE '\\'");
            parameters.add("%" + likeEscaped(text.toLowerCase(java.util.Locale.ROOT)) + "%");
        });
        filter.moduleId().ifPresent(module -> {
            where.append(" AND s.module_id = ?");
            parameters.add(module);
        });
        filter.startedFrom().ifPresent(from -> {
            where.append(" AND s.started_at >= ?");
            parameters.add(Timestamp.from(from));
        });
        filter.startedBefore().ifPresent(before -> {
            where.append(" AND s.started_at < ?");
            parameters.add(Timestamp.from(before));
        });
        filter.passed().ifPresent(passed -> {
            where.append(" AND sc.passed = ?");
            parameters.add(passed);
        });
        filter.status().ifPresent(status -> {
            where.append(" AND s.status = ?");
            parameters.add(status.label());
        });
        parameters.add(filter.limit());
        return query(SELECT_SESSIONS + where + NEWEST_FIRST + " LIMIT ?", parameters);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static List<SessionSummary> summaries(List<SessionListing> listings) {
        return listings.stream().map(SessionListing::session).toList();
    }

    /** The session with this id, or a {@link BadInputException}. */
    public SessionSummary get(SessionId id) {
        List<SessionSummary> found = summaries(query(SELECT_SESSIONS + " WHERE s.id = ?", List.<Object>of(id.value())));
        if (found.isEmpty()) {
            throw new BadInputException("no session " + id);
        }
        return found.get(0);
    }

    /**
     * The session named by a full id or by the start of one (at least 4 characters, as printed by
     * {@code sessions}).
     *
     * @throws BadInputException if none or several sessions match
     */
    public SessionSummary resolve(String idOrPrefix) {
        String text = idOrPrefix == null ? "" : idOrPrefix.strip().toLowerCase(java.util.Locale.ROOT);
        if (text.length() < 4 || !text.matches("[0-9a-f-]+")) {
            throw new BadInputException(
                    "'" + idOrPrefix + "' is not a session id (expected a UUID or its first 4+ characters)");
        }
        if (text.length() == 36) {
            return get(SessionId.parse(text));
        }
        List<UUID> matches = new ArrayList<>();
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id FROM session WHERE CAST(id AS VARCHAR) LIKE ? ORDER BY started_at LIMIT 2")) {
            select.setString(1, text + "%");
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    matches.add(row.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up session '" + text + "': " + Database.firstLine(e.getMessage()), e);
        }
        if (matches.isEmpty()) {
            throw new BadInputException("no session with id starting '" + text + "'");
        }
        if (matches.size() > 1) {
            throw new BadInputException("several sessions start with '" + text + "'; give more of the id");
        }
        return get(new SessionId(matches.get(0)));
    }

    private List<SessionListing> query(String sql, List<Object> parameters) {
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            Map<UUID, SessionRow> rows = new LinkedHashMap<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    SessionRow session = SessionRow.read(row);
                    rows.put(session.id, session);
                }
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<UUID, List<StoredChannel>> channels = channels(connection, rows);
            Map<UUID, Map<String, Long>> events = eventCounts(connection, rows);
            List<SessionListing> result = new ArrayList<>(rows.size());
            for (SessionRow session : rows.values()) {
                result.add(session.toSummary(
                        channels.getOrDefault(session.id, List.of()), events.getOrDefault(session.id, Map.of())));
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot list sessions: " + Database.firstLine(e.getMessage()), e);
        }
    }

    private static Map<UUID, List<StoredChannel>> channels(Connection connection, Map<UUID, SessionRow> rows)
            throws SQLException {
        Map<UUID, List<StoredChannel>> result = new HashMap<>();
        String sql = "SELECT c.session_id, c.channel_no, c.name, c.unit, c.nominal_rate_hz,"
                + " COALESCE(SUM(k.sample_count), 0), COALESCE(MIN(k.first_nanos), 0), COALESCE(MAX(k.last_nanos), 0)"
                + " FROM session_channel c LEFT JOIN telemetry_chunk k"
                + " ON k.session_id = c.session_id AND k.channel_no = c.channel_no"
                + " WHERE c.session_id IN (" + placeholders(rows.size()) + ")"
                + " GROUP BY c.session_id, c.channel_no, c.name, c.unit, c.nominal_rate_hz ORDER BY c.channel_no";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bindIds(select, rows);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Channel channel =
                            new Channel(row.getString(3), Unit.fromSymbol(row.getString(4)), row.getDouble(5));
                    result.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new StoredChannel(
                                    channel, row.getInt(2), row.getLong(6), row.getLong(7), row.getLong(8)));
                }
            }
        }
        return result;
    }

    private static Map<UUID, Map<String, Long>> eventCounts(Connection connection, Map<UUID, SessionRow> rows)
            throws SQLException {
        Map<UUID, Map<String, Long>> result = new HashMap<>();
        String sql = "SELECT session_id, kind, COUNT(*) FROM session_event WHERE session_id IN ("
                + placeholders(rows.size()) + ") GROUP BY session_id, kind";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bindIds(select, rows);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    result.computeIfAbsent(row.getObject(1, UUID.class), id -> new TreeMap<>())
                            .put(row.getString(2), row.getLong(3));
                }
            }
        }
        return result;
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static void bindIds(PreparedStatement select, Map<UUID, SessionRow> rows) throws SQLException {
        int i = 1;
        for (UUID id : rows.keySet()) {
            select.setObject(i++, id);
        }
    }

    private record SessionRow(
            UUID id,
            String moduleId,
            String trainee,
            Timestamp started,
            Timestamp ended,
            String status,
            String message,
            String sources,
            OptionalDouble overall,
            Optional<Boolean> passed) {
        static SessionRow read(ResultSet row) throws SQLException {
            double overall = row.getDouble(9);
            boolean scored = !row.wasNull();
            boolean passed = row.getBoolean(10);
            return new SessionRow(
                    row.getObject(1, UUID.class),
                    row.getString(2),
                    row.getString(3),
                    row.getTimestamp(4),
                    row.getTimestamp(5),
                    row.getString(6),
                    row.getString(7),
                    row.getString(8),
                    scored ? OptionalDouble.of(overall) : OptionalDouble.empty(),
                    scored ? Optional.of(passed) : Optional.empty());
        }

        SessionListing toSummary(List<StoredChannel> channels, Map<String, Long> events) {
            return new SessionListing(toSummaryOnly(channels, events), overall, passed);
        }

        private SessionSummary toSummaryOnly(List<StoredChannel> channels, Map<String, Long> events) {
            return new SessionSummary(
                    new SessionId(id),
                    moduleId,
                    trainee,
                    started.toInstant(),
                    Optional.ofNullable(ended).map(Timestamp::toInstant),
                    SessionStatus.fromLabel(status),
                    Optional.ofNullable(message),
                    parseSources(sources),
                    List.copyOf(channels),
                    Map.copyOf(events));
        }

        private static List<String> parseSources(String json) {
            try {
                return JSON.readValue(json, new TypeReference<List<String>>() {});
            } catch (JsonProcessingException e) {
                return List.of(json);
            }
        }
    }
}

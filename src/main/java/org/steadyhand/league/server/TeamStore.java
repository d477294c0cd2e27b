package org.steadyhand.league.server;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Teams and leagues in the league database. A league's table is computed by the database (best
 * score per enrolled trainee per league module inside the date range, summed), since leagues are
 * looked at rarely compared with the global boards.
 *
 * <p>Thread-safe.
 */
final class TeamStore {
    private final ConnectionPool pool;

    TeamStore(LeagueStore store) {
        this.pool = store.pool();
    }

    /** One line of a league table, ordered by points, then trainee id. */
    record LeagueLine(String traineeId, String traineeName, double points) {}

    void createTeam(String id, String name) {
        pool.with(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO team (id, name) VALUES (?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, name);
                return insert.executeUpdate();
            }
        });
    }

    Optional<String> teamName(String teamId) {
        return pool.with(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT name FROM team WHERE id = ?")) {
                select.setString(1, teamId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Puts a known trainee in a team; false when the trainee is unknown. */
    boolean assign(String traineeId, String teamId) {
        return pool.with(connection -> {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE league_trainee SET team_id = ? WHERE id = ?")) {
                update.setString(1, teamId);
                update.setString(2, traineeId);
                return update.executeUpdate() == 1;
            }
        });
    }

    List<String> members(String teamId) {
        return pool.with(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT id FROM league_trainee WHERE team_id = ? ORDER BY id")) {
                select.setString(1, teamId);
                List<String> ids = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        ids.add(row.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    void createLeague(
            String id,
            String name,
            List<String> modules,
            Instant startsAt,
            Instant endsAt,
            List<String> trainees,
            List<String> teams) {
        pool.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO league (id, name, starts_at, ends_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, name);
                insert.setTimestamp(3, Timestamp.from(startsAt));
                insert.setTimestamp(4, Timestamp.from(endsAt));
                insert.executeUpdate();
            }
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO league_module (league_id, module_id) VALUES (?, ?)")) {
                for (String module : modules) {
                    insert.setString(1, id);
                    insert.setString(2, module);
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO league_member (league_id, trainee_id, team_id) VALUES (?, ?, ?)")) {
                for (String trainee : trainees) {
                    insert.setString(1, id);
                    insert.setString(2, trainee);
                    insert.setString(3, null);
                    insert.executeUpdate();
                }
                for (String team : teams) {
                    insert.setString(1, id);
                    insert.setString(2, null);
                    insert.setString(3, team);
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    Optional<String> leagueName(String leagueId) {
        return pool.with(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT name FROM league WHERE id = ?")) {
                select.setString(1, leagueId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    List<LeagueLine> leagueTable(String leagueId) {
        return pool.with(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT b.trainee_id, tr.name,"
                    + " SUM(b.best) AS points FROM (SELECT s.trainee_id, s.module_id, MAX(s.overall) AS best"
                    + " FROM league_score s JOIN league_module m ON m.module_id = s.module_id AND m.league_id = ?"
                    + " JOIN league l ON l.id = m.league_id"
                    + " WHERE s.achieved_at >= l.starts_at AND s.achieved_at < l.ends_at"
                    + " AND (s.trainee_id IN (SELECT trainee_id FROM league_member WHERE league_id = ?)"
                    + " OR s.trainee_id IN (SELECT t.id FROM league_trainee t JOIN league_member mm"
                    + " ON mm.team_id = t.team_id WHERE mm.league_id = ?))"
                    + " GROUP BY s.trainee_id, s.module_id) b JOIN league_trainee tr ON tr.id = b.trainee_id"
                    + " GROUP BY b.trainee_id, tr.name ORDER BY points DESC, b.trainee_id")) {
                select.setString(1, leagueId);
                select.setString(2, leagueId);
                select.setString(3, leagueId);
                List<LeagueLine> lines = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        lines.add(new LeagueLine(row.getString(1), row.getString(2), row.getDouble(3)));
                    }
                }
                return lines;
            }
        });
    }
}

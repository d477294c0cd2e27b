package org.steadyhand.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.steadyhand.core.Alert;
import org.steadyhand.core.Annotation;
import org.steadyhand.core.DataGap;
import org.steadyhand.core.Pause;
import org.steadyhand.core.RrInterval;
import org.steadyhand.core.Shot;
import org.steadyhand.core.TimedEvent;

/**
 * Maps {@link TimedEvent}s to {@code session_event} rows and back. Columns by kind:
 *
 * <pre>
 * rr     x = interval ms
 * shot   x, y = impact mm
 * alert  code, text = message
 * note   code = author, text
 * gap    end_nanos, code = source spec, text = reason
 * pause  end_nanos
 * </pre>
 */
final class EventRows {
    /** Keyed by (session, seq) so a retried commit rewrites rather than duplicates (see TelemetryRecorder). */
    static final String INSERT = "MERGE INTO session_event (session_id, seq, kind, at_nanos, end_nanos, x, y, code,"
            + " text) KEY (session_id, seq) VALUES (?,?,?,?,?,?,?,?,?)";

    static final String COLUMNS = "kind, at_nanos, end_nanos, x, y, code, text";

    private EventRows() {}

    /** Binds parameters 3..9 of {@link #INSERT}. */
    static void bind(PreparedStatement insert, TimedEvent event) throws SQLException {
        insert.setString(3, event.kind());
        insert.setLong(4, event.atNanos());
        insert.setNull(5, Types.BIGINT);
        insert.setNull(6, Types.DOUBLE);
        insert.setNull(7, Types.DOUBLE);
        insert.setNull(8, Types.VARCHAR);
        insert.setNull(9, Types.VARCHAR);
        switch (event) {
            case RrInterval rr -> insert.setDouble(6, rr.millis());
            case Shot shot -> {
                insert.setDouble(6, shot.xMm());
                insert.setDouble(7, shot.yMm());
            }
            case Alert alert -> {
                insert.setString(8, alert.code());
                insert.setString(9, alert.message());
            }
            case Annotation note -> {
                insert.setString(8, note.author());
                insert.setString(9, note.text());
            }
            case DataGap gap -> {
                insert.setLong(5, gap.endNanos());
                insert.setString(8, gap.source());
                insert.setString(9, gap.reason());
            }
            case Pause pause -> insert.setLong(5, pause.endNanos());
        }
    }

    /** Reads an event from a row selected with {@link #COLUMNS}. */
    static TimedEvent read(ResultSet row) throws SQLException {
        String kind = row.getString("kind");
        long at = row.getLong("at_nanos");
        return switch (kind) {
            case "rr" -> new RrInterval(at, row.getDouble("x"));
            case "shot" -> new Shot(at, row.getDouble("x"), row.getDouble("y"));
            case "alert" -> new Alert(at, row.getString("code"), row.getString("text"));
            case "note" -> new Annotation(at, row.getString("code"), row.getString("text"));
            case "gap" -> new DataGap(at, row.getLong("end_nanos"), row.getString("code"), row.getString("text"));
            case "pause" -> new Pause(at, row.getLong("end_nanos"));
            default -> throw new StoreException("unknown event kind '" + kind + "' in the database");
        };
    }
}

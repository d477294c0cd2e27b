package org.steadyhand.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.core.Channel;
import org.steadyhand.core.SessionId;
import org.steadyhand.core.TimedEvent;

/**
 * Reads stored samples and events back. A chunk that cannot be decoded is skipped and counted,
 * never allowed to hide the rest of the session.
 */
public final class TelemetryReader {
    private static final Logger LOG = LoggerFactory.getLogger(TelemetryReader.class);

    private final Database database;

    public TelemetryReader(Database database) {
        this.database = database;
    }

    /** All stored samples of a channel, in time order. */
    public record Series(Channel channel, long[] timesNanos, double[] values, int corruptChunks) {
        public int size() {
            return values.length;
        }
    }

    /** Receives a channel's samples chunk by chunk, in time order. */
    @FunctionalInterface
    public interface ChunkVisitor {
        void chunkRead(long[] timesNanos, double[] values);
    }

    public Series read(SessionId session, StoredChannel channel) {
        long expected = Math.min(Integer.MAX_VALUE - 8, channel.sampleCount());
        long[][] times = {new long[(int) expected]};
        double[][] values = {new double[(int) expected]};
        int[] size = {0};
        int corrupt = forEachChunk(session, channel, (t, v) -> {
            if (size[0] + v.length > values[0].length) {
                times[0] = Arrays.copyOf(times[0], size[0] + v.length);
                values[0] = Arrays.copyOf(values[0], size[0] + v.length);
            }
            System.arraycopy(t, 0, times[0], size[0], t.length);
            System.arraycopy(v, 0, values[0], size[0], v.length);
            size[0] += v.length;
        });
        return new Series(
                channel.channel(), Arrays.copyOf(times[0], size[0]), Arrays.copyOf(values[0], size[0]), corrupt);
    }

    /**
     * Streams a channel's chunks to {@code visitor}; returns the number of corrupt chunks skipped.
     */
    public int forEachChunk(SessionId session, StoredChannel channel, ChunkVisitor visitor) {
        int corrupt = 0;
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement("SELECT seq, payload FROM telemetry_chunk"
                        + " WHERE session_id = ? AND channel_no = ? ORDER BY seq")) {
            select.setObject(1, session.value());
            select.setInt(2, channel.channelNo());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    try {
                        TelemetryChunkCodec.Samples samples = TelemetryChunkCodec.decode(row.getBytes(2));
                        visitor.chunkRead(samples.timesNanos(), samples.values());
                    } catch (TelemetryChunkCodec.CorruptChunkException e) {
                        corrupt++;
                        LOG.warn(
                                "skipping corrupt chunk {} of channel {} in session {}: {}",
                                row.getInt(1),
                                channel.channel().name(),
                                session,
                                e.getMessage());
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot read channel " + channel.channel().name() + " of session " + session + ": "
                            + Database.firstLine(e.getMessage()),
                    e);
        }
        return corrupt;
    }

    /** All events of a session in time order. */
    public List<TimedEvent> events(SessionId session) {
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement("SELECT " + EventRows.COLUMNS
                        + " FROM session_event WHERE session_id = ? ORDER BY at_nanos, seq")) {
            select.setObject(1, session.value());
            List<TimedEvent> events = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    events.add(EventRows.read(row));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot read events of session " + session + ": " + Database.firstLine(e.getMessage()), e);
        }
    }
}

package org.steadyhand.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.core.Channel;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.SessionId;
import org.steadyhand.core.TimedEvent;
import org.steadyhand.session.SessionSink;
import org.steadyhand.session.SessionStatus;

/**
 * Writes one session's samples and events to H2: samples are buffered per channel and written as
 * chunks of up to a second each ({@link TelemetryChunkCodec}), events as rows, all of one
 * {@link #flush()} in one transaction. If a commit fails nothing is dropped: the data stays
 * buffered and goes with the next attempt.
 *
 * <p>A failed commit also drops the connection: when several processes share the data folder, the
 * one serving the file may exit, and the next flush then connects afresh (through whichever
 * process serves the file now, or by opening it itself).
 *
 * <p>Thread-safety: all methods are synchronised (the pipeline thread appends, a timer flushes).
 * Owns its JDBC connection and closes it in {@link #finish}.
 */
final class TelemetryRecorder implements SessionSink {
    private static final Logger LOG = LoggerFactory.getLogger(TelemetryRecorder.class);
    // MERGE by primary key rather than INSERT: when a commit's reply is lost (the process serving
    // the database file exits mid-commit and the connection reconnects), the retry rewrites the
    // same rows instead of failing on duplicates forever.
    private static final String INSERT_CHANNEL = "MERGE INTO session_channel (session_id, channel_no, name, unit,"
            + " nominal_rate_hz) KEY (session_id, channel_no) VALUES (?,?,?,?,?)";
    private static final String INSERT_CHUNK = "MERGE INTO telemetry_chunk (session_id, channel_no, seq,"
            + " first_nanos, last_nanos, sample_count, payload) KEY (session_id, channel_no, seq) VALUES (?,?,?,?,?,?,?)";

    /** Attempts {@link #finish} makes to store the last data before giving up. */
    private static final int FINISH_ATTEMPTS = 3;

    private final SessionId sessionId;
    private final Database database;
    private Connection connection;
    private final Map<Channel, ChannelBuffer> channels = new LinkedHashMap<>();
    private final Map<String, Integer> namesInUse = new LinkedHashMap<>();
    private final List<TimedEvent> events = new ArrayList<>();
    private long nextEventSeq;
    private boolean finished;

    TelemetryRecorder(SessionId sessionId, Database database) {
        this.sessionId = sessionId;
        this.database = database;
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = database.connect();
            connection.setAutoCommit(false);
        }
        return connection;
    }

    @Override
    public synchronized void blockReceived(SampleBlock block) {
        if (finished) {
            throw new IllegalStateException("session " + sessionId + " is already finished");
        }
        channels.computeIfAbsent(block.channel(), this::newBuffer).append(block);
    }

    private ChannelBuffer newBuffer(Channel channel) {
        // Two sources may offer the same channel name (two force gauges): keep both, renamed.
        int uses = namesInUse.merge(channel.name(), 1, Integer::sum);
        Channel stored =
                uses == 1 ? channel : new Channel(channel.name() + "_" + uses, channel.unit(), channel.nominalRateHz());
        return new ChannelBuffer(stored, channels.size());
    }

    @Override
    public synchronized void eventReceived(TimedEvent event) {
        if (finished) {
            throw new IllegalStateException("session " + sessionId + " is already finished");
        }
        events.add(event);
    }

    @Override
    public synchronized void flush() {
        if (finished) {
            return;
        }
        try {
            writePending(connection());
            connection.commit();
        } catch (SQLException | StoreException e) {
            dropConnection();
            throw new StoreException(
                    "storing data of session " + sessionId + " failed: " + Database.firstLine(e.getMessage()), e);
        }
        markWritten();
    }

    private void writePending(Connection connection) throws SQLException {
        try (PreparedStatement channelInsert = connection.prepareStatement(INSERT_CHANNEL);
                PreparedStatement chunkInsert = connection.prepareStatement(INSERT_CHUNK);
                PreparedStatement eventInsert = connection.prepareStatement(EventRows.INSERT)) {
            for (ChannelBuffer buffer : channels.values()) {
                if (!buffer.registered) {
                    channelInsert.setObject(1, sessionId.value());
                    channelInsert.setInt(2, buffer.channelNo);
                    channelInsert.setString(3, buffer.channel.name());
                    channelInsert.setString(4, buffer.channel.unit().symbol());
                    channelInsert.setDouble(5, buffer.channel.nominalRateHz());
                    channelInsert.addBatch();
                }
                int seq = buffer.nextSeq;
                int perChunk = buffer.samplesPerChunk();
                for (int from = 0; from < buffer.size; from += perChunk) {
                    int to = Math.min(buffer.size, from + perChunk);
                    chunkInsert.setObject(1, sessionId.value());
                    chunkInsert.setInt(2, buffer.channelNo);
                    chunkInsert.setInt(3, seq++);
                    chunkInsert.setLong(4, buffer.times[from]);
                    chunkInsert.setLong(5, buffer.times[to - 1]);
                    chunkInsert.setInt(6, to - from);
                    chunkInsert.setBytes(7, TelemetryChunkCodec.encode(buffer.times, buffer.values, from, to));
                    chunkInsert.addBatch();
                }
            }
            long seq = nextEventSeq;
            for (TimedEvent event : events) {
                eventInsert.setObject(1, sessionId.value());
                eventInsert.setLong(2, seq++);
                EventRows.bind(eventInsert, event);
                eventInsert.addBatch();
            }
            channelInsert.executeBatch();
            chunkInsert.executeBatch();
            eventInsert.executeBatch();
        }
    }

    /** After a successful commit: advance sequence numbers and empty the buffers. */
    private void markWritten() {
        for (ChannelBuffer buffer : channels.values()) {
            buffer.registered = true;
            buffer.nextSeq += (buffer.size + buffer.samplesPerChunk() - 1) / buffer.samplesPerChunk();
            buffer.size = 0;
        }
        nextEventSeq += events.size();
        events.clear();
    }

    /** After a failure: roll back what can be, and connect afresh next time. */
    private void dropConnection() {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback for session {} failed: {}", sessionId, e.getMessage());
        }
        closeConnection();
        connection = null;
    }

    @Override
    public synchronized void finish(SessionStatus status, Instant endedAt, String message) {
        if (finished) {
            return;
        }
        StoreException lastDataLost = null;
        for (int attempt = 1; attempt <= FINISH_ATTEMPTS; attempt++) {
            try {
                flush();
                lastDataLost = null;
                break;
            } catch (StoreException e) {
                lastDataLost = e;
                LOG.warn(
                        "storing the last data of session {} failed (attempt {}): {}",
                        sessionId,
                        attempt,
                        e.getMessage());
            }
        }
        finished = true;
        SessionStatus finalStatus = lastDataLost == null ? status : SessionStatus.FAILED;
        String finalMessage = lastDataLost == null ? message : lastDataLost.getMessage();
        try (PreparedStatement update = connection()
                .prepareStatement("UPDATE session SET status = ?, ended_at = ?, status_message = ? WHERE id = ?")) {
            update.setString(1, finalStatus.label());
            update.setTimestamp(2, Timestamp.from(endedAt));
            update.setString(3, finalMessage);
            update.setObject(4, sessionId.value());
            update.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException(
                    "closing session " + sessionId + " failed: " + Database.firstLine(e.getMessage()), e);
        } finally {
            closeConnection();
        }
        if (lastDataLost != null) {
            throw lastDataLost;
        }
    }

    private void closeConnection() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing the recorder connection of session {} failed: {}", sessionId, e.getMessage());
        }
    }
}

package org.steadyhand.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.steadyhand.core.Alert;
import org.steadyhand.core.Annotation;
import org.steadyhand.core.DataGap;
import org.steadyhand.core.Pause;
import org.steadyhand.core.ProgressListener;
import org.steadyhand.core.RrInterval;
import org.steadyhand.core.Shot;
import org.steadyhand.core.TimedEvent;

/**
 * Writes a stored session to a file for other tools. The file appears only when complete: it is
 * written next to the target and moved into place, so a failed export never leaves half a file
 * under the requested name, not even when the progress listener cancels the export by throwing.
 * Times are seconds from the session start.
 */
public final class SessionExporter {
    private final TelemetryReader reader;

    public SessionExporter(TelemetryReader reader) {
        this.reader = reader;
    }

    /** Exports; returns the number of samples written. */
    public long export(SessionSummary session, ExportFormat format, Path target, ProgressListener progress) {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            long total = session.channels().stream()
                    .mapToLong(StoredChannel::sampleCount)
                    .sum();
            long written;
            try (OutputStream out = Files.newOutputStream(partial)) {
                written = switch (format) {
                    case CSV -> writeCsv(session, out, progress, total);
                    case JSON -> writeJson(session, out, progress, total);
                };
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(partial);
            throw new StoreException("cannot write " + absolute + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // A listener may end the export by throwing (a cancelled export); leave no partial file.
            deleteQuietly(partial);
            throw e;
        }
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // The original failure is the one to report.
        }
    }

    private long writeCsv(SessionSummary session, OutputStream stream, ProgressListener progress, long total)
            throws IOException {
        Writer out = new BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        out.write("t_s,series,unit,value\n");
        long[] done = {0};
        for (StoredChannel channel : session.channels()) {
            String suffix = "," + channel.channel().name() + ","
                    + channel.channel().unit().symbol() + ",";
            reader.forEachChunk(session.id(), channel, (times, values) -> {
                try {
                    for (int i = 0; i < values.length; i++) {
                        out.write(seconds(times[i]));
                        out.write(suffix);
                        out.write(Double.toString(values[i]));
                        out.write('\n');
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                done[0] += values.length;
                progress.progressed(done[0], total);
            });
        }
        for (TimedEvent event : reader.events(session.id())) {
            for (String[] row : csvRows(event)) {
                out.write(seconds(event.atNanos()) + "," + row[0] + "," + row[1] + "," + row[2] + "\n");
            }
        }
        out.flush();
        return done[0];
    }

    /** Rows of series, unit, value for an event. Text (alerts, notes) is quoted for CSV. */
    private static List<String[]> csvRows(TimedEvent event) {
        return switch (event) {
            case RrInterval rr -> List.<String[]>of(new String[] {"rr_interval", "ms", Double.toString(rr.millis())});
            case Shot shot ->
                List.of(
                        new String[] {"shot_x", "mm", Double.toString(shot.xMm())},
                        new String[] {"shot_y", "mm", Double.toString(shot.yMm())});
            case Alert alert ->
                List.<String[]>of(new String[] {"alert", "", quote(alert.code() + ": " + alert.message())});
            case Annotation note -> List.<String[]>of(new String[] {"note", "", quote(note.text())});
            case DataGap gap -> List.<String[]>of(new String[] {"gap_s", "s", seconds(gap.endNanos() - gap.atNanos())});
            case Pause pause -> List.<String[]>of(new String[] {"pause_s", "s", seconds(pause.lengthNanos())});
        };
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private long writeJson(SessionSummary session, OutputStream stream, ProgressListener progress, long total)
            throws IOException {
        long[] done = {0};
        try (JsonGenerator json = new JsonFactory().createGenerator(stream, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("session_id", session.id().toString());
            json.writeStringField("module_id", session.moduleId());
            json.writeStringField("trainee", session.traineeName());
            json.writeStringField("started_at", session.startedAt().toString());
            json.writeStringField(
                    "ended_at", session.endedAt().map(Object::toString).orElse(null));
            json.writeStringField("status", session.status().label());
            json.writeArrayFieldStart("sources");
            for (String source : session.sources()) {
                json.writeString(source);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("channels");
            for (StoredChannel channel : session.channels()) {
                writeJsonChannel(session, channel, json, done, progress, total);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("events");
            for (TimedEvent event : reader.events(session.id())) {
                writeJsonEvent(event, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return done[0];
    }

    private void writeJsonChannel(
            SessionSummary session,
            StoredChannel channel,
            JsonGenerator json,
            long[] done,
            ProgressListener progress,
            long total)
            throws IOException {
        TelemetryReader.Series series = reader.read(session.id(), channel);
        json.writeStartObject();
        json.writeStringField("name", channel.channel().name());
        json.writeStringField("unit", channel.channel().unit().symbol());
        json.writeNumberField("nominal_rate_hz", channel.channel().nominalRateHz());
        json.writeArrayFieldStart("t_s");
        for (long t : series.timesNanos()) {
            json.writeNumber(t / 1e9);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("values");
        for (double v : series.values()) {
            json.writeNumber(v);
        }
        json.writeEndArray();
        json.writeEndObject();
        done[0] += series.size();
        progress.progressed(done[0], total);
    }

    private static void writeJsonEvent(TimedEvent event, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", event.kind());
        json.writeNumberField("t_s", event.atNanos() / 1e9);
        switch (event) {
            case RrInterval rr -> json.writeNumberField("rr_ms", rr.millis());
            case Shot shot -> {
                json.writeNumberField("x_mm", shot.xMm());
                json.writeNumberField("y_mm", shot.yMm());
            }
            case Alert alert -> {
                json.writeStringField("code", alert.code());
                json.writeStringField("message", alert.message());
            }
            case Annotation note -> {
                json.writeStringField("author", note.author());
                json.writeStringField("text", note.text());
            }
            case DataGap gap -> {
                json.writeNumberField("end_s", gap.endNanos() / 1e9);
                json.writeStringField("source", gap.source());
                json.writeStringField("reason", gap.reason());
            }
            case Pause pause -> json.writeNumberField("end_s", pause.endNanos() / 1e9);
        }
        json.writeEndObject();
    }

    private static String seconds(long nanos) {
        return Double.toString(nanos / 1e9);
    }
}

package org.steadyhand.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.core.Channel;
import org.steadyhand.core.Pause;
import org.steadyhand.core.RrInterval;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.SessionId;
import org.steadyhand.core.Unit;
import org.steadyhand.session.SessionSink;
import org.steadyhand.session.SessionStart;
import org.steadyhand.session.SessionStatus;

class SessionExporterTest {
    @TempDir
    Path folder;

    private SessionSummary recordSmallSession(Database database) {
        SessionStart start = new SessionStart(
                SessionId.newId(1), "forceps", "kim", Instant.parse("2026-11-22T09:00:00Z"), List.of("sim:3"), "{}");
        SessionSink sink = new WorkstationStore(database).begin(start);
        sink.blockReceived(SampleBlock.regular(
                new Channel("tip_force", Unit.MILLINEWTON, 1000), 0, 1_000_000, new double[] {1.5, 2.5, 3.5}));
        sink.eventReceived(new RrInterval(2_000_000, 800));
        sink.finish(SessionStatus.COMPLETED, Instant.parse("2026-11-22T09:00:01Z"), null);
        return new SessionCatalog(database).get(start.id());
    }

    @Test
    void csvHasOneRowPerValueWithUnitsAndProgress() throws Exception {
        try (Database database = Database.open(folder.resolve("db"))) {
            SessionSummary session = recordSmallSession(database);
            Path out = folder.resolve("out/session.csv");
            List<Long> progress = new ArrayList<>();

            long written = new SessionExporter(new TelemetryReader(database))
                    .export(session, ExportFormat.CSV, out, (done, total) -> progress.add(done));

            assertThat(written).isEqualTo(3);
            assertThat(Files.readAllLines(out))
                    .containsExactly(
                            "t_s,series,unit,value",
                            "0.0,tip_force,mN,1.5",
                            "0.001,tip_force,mN,2.5",
                            "0.002,tip_force,mN,3.5",
                            "0.002,rr_interval,ms,800.0");
            assertThat(progress).last().isEqualTo(3L);
        }
    }

    @Test
    void jsonHoldsMetadataChannelsAndEvents() throws Exception {
        try (Database database = Database.open(folder.resolve("db"))) {
            SessionSummary session = recordSmallSession(database);
            Path out = folder.resolve("session.json");

            new SessionExporter(new TelemetryReader(database)).export(session, ExportFormat.JSON, out, (d, t) -> {});

            JsonNode json = new ObjectMapper().readTree(out.toFile());
            assertThat(json.get("module_id").asText()).isEqualTo("forceps");
            assertThat(json.get("channels").get(0).get("unit").asText()).isEqualTo("mN");
            assertThat(json.get("channels").get(0).get("values").get(2).asDouble())
                    .isEqualTo(3.5);
            assertThat(json.get("events").get(0).get("rr_ms").asDouble()).isEqualTo(800.0);
        }
    }

    @Test
    void failedExportLeavesNoFileBehind() throws Exception {
        try (Database database = Database.open(folder.resolve("db"))) {
            SessionSummary session = recordSmallSession(database);
            Path blocker = folder.resolve("file-not-folder");
            Files.writeString(blocker, "x");
            Path out = blocker.resolve("session.csv");

            assertThatThrownBy(() -> new SessionExporter(new TelemetryReader(database))
                            .export(session, ExportFormat.CSV, out, (d, t) -> {}))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("cannot write");
            assertThat(Files.exists(out)).isFalse();
        }
    }

    @Test
    void aPauseIsStoredWithItsStartAndEndAndExportedWithBoth() throws Exception {
        try (Database database = Database.open(folder.resolve("db"))) {
            SessionStart start = new SessionStart(
                    SessionId.newId(2), "forceps", "kim", Instant.parse("2026-11-22T09:00:00Z"), List.of(), "{}");
            SessionSink sink = new WorkstationStore(database).begin(start);
            sink.eventReceived(new Pause(1_500_000_000L, 4_000_000_000L));
            sink.finish(SessionStatus.STOPPED, Instant.parse("2026-11-22T09:00:05Z"), null);
            SessionSummary session = new SessionCatalog(database).get(start.id());
            Path csv = folder.resolve("pause.csv");
            Path json = folder.resolve("pause.json");

            List<org.steadyhand.core.TimedEvent> read = new TelemetryReader(database).events(start.id());
            SessionExporter exporter = new SessionExporter(new TelemetryReader(database));
            exporter.export(session, ExportFormat.CSV, csv, (d, t) -> {});
            exporter.export(session, ExportFormat.JSON, json, (d, t) -> {});

            assertThat(read).containsExactly(new Pause(1_500_000_000L, 4_000_000_000L));
            assertThat(Files.readAllLines(csv)).containsExactly("t_s,series,unit,value", "1.5,pause_s,s,2.5");
            JsonNode event =
                    new ObjectMapper().readTree(json.toFile()).get("events").get(0);
            assertThat(event.get("kind").asText()).isEqualTo("pause");
            assertThat(event.get("t_s").asDouble()).isEqualTo(1.5);
            assertThat(event.get("end_s").asDouble()).isEqualTo(4.0);
        }
    }
}

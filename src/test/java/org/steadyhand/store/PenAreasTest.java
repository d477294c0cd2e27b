package org.steadyhand.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.analysis.path.PenArea;

/** Against a real H2 file in a temporary data folder (schema V6). */
class PenAreasTest {
    private static final String TABLET = "hid:056a:0061";

    @TempDir
    Path dataFolder;

    @Test
    void savedAreaSurvivesReopeningTheDatabaseAndSavingAgainReplacesIt() {
        StoredPenArea first = new StoredPenArea(
                TABLET, new PenArea(10, 20, 160, 120), Instant.parse("2026-11-22T04:00:00.123456789Z"));
        StoredPenArea second =
                new StoredPenArea(TABLET, new PenArea(0, 0, 100.5, 80.25), Instant.parse("2026-11-22T05:00:00Z"));
        try (Database database = Database.open(dataFolder)) {
            new PenAreas(database).save(first);
        }
        try (Database reopened = Database.open(dataFolder)) {
            PenAreas areas = new PenAreas(reopened);
            assertThat(areas.find(TABLET)).contains(first);
            assertThat(first.calibratedAt()).isEqualTo(Instant.parse("2026-11-22T04:00:00.123456Z"));

            areas.save(second);

            assertThat(areas.find(TABLET)).contains(second);
            assertThat(areas.find("hid:056a:0062")).isEmpty();
        }
    }
}

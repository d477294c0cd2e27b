package org.steadyhand.ui.league;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steadyhand.ui.FxWaits.onFx;
import static org.steadyhand.ui.FxWaits.waitUntil;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.core.SessionId;
import org.steadyhand.core.TraineeId;
import org.steadyhand.league.server.LeagueServer;
import org.steadyhand.league.server.LeagueStore;
import org.steadyhand.league.sync.HttpLeagueApi;
import org.steadyhand.league.sync.LeagueApi;
import org.steadyhand.store.LeagueOutbox;
import org.steadyhand.store.OutboxEntry;
import org.steadyhand.ui.ScoreSeeds;
import org.steadyhand.ui.TestWorkstation;
import org.steadyhand.ui.WorkstationServices;
import org.steadyhand.ui.WorkstationView;
import org.steadyhand.ui.WorkstationViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The League screen of a paired workstation against a real league server on loopback: the local
 * board from the workstation's scores and, under it, the server's board, which also holds a score
 * another workstation sent. Saves target/screens/league-paired-1280x800.png.
 */
@ExtendWith(ApplicationExtension.class)
class PairedLeagueScreenTest {
    private static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");

    @TempDir
    Path dir;

    private TestWorkstation workstation;
    private LeagueStore leagueStore;
    private LeagueServer server;
    private WorkstationViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        workstation = TestWorkstation.open(dir.resolve("ws"));
        leagueStore = LeagueStore.open("jdbc:h2:file:" + dir.resolve("league"), "sa", "");
        server = LeagueServer.start(
                leagueStore,
                LeagueServer.Config.defaults().withPort(0).withBind("127.0.0.1").withRate(0, 1),
                Clock.systemUTC());
        ScoreSeeds seeds = new ScoreSeeds(workstation.database())
                .trainee("Ada Okafor", "Residents 2026")
                .trainee("Ben Larsen", "Residents 2026");
        seeds.score("Ada Okafor", "anti-tremor", MONDAY, 78.5);
        seeds.score("Ada Okafor", "anti-tremor", MONDAY.plusSeconds(86_400), 84);
        seeds.score("Ben Larsen", "anti-tremor", MONDAY.plusSeconds(3_600), 71.2);
        HttpLeagueApi api = HttpLeagueApi.to(URI.create("http://127.0.0.1:" + server.port()));
        String ours = server.issueWorkstationToken("ws-here", Duration.ofMinutes(5));
        for (OutboxEntry entry : new LeagueOutbox(workstation.database()).pending(100)) {
            assertThat(api.submit(ours, entry)).isInstanceOf(LeagueApi.Accepted.class);
        }
        String theirs = server.issueWorkstationToken("ws-elsewhere", Duration.ofMinutes(5));
        OutboxEntry elsewhere =
                new OutboxEntry(SessionId.newId(1), TraineeId.newId(2), "Mira Sato", "anti-tremor", 93.4, MONDAY, 0);
        assertThat(api.submit(theirs, elsewhere)).isInstanceOf(LeagueApi.Accepted.class);

        WorkstationServices local = workstation.services(List.of("sim:11"));
        WorkstationServices paired = new WorkstationServices(
                local.sourceRegistry(),
                local.defaultSourceSpecs(),
                local.modules(),
                local.sessionStore(),
                local.sessionCatalog(),
                local.trainees(),
                local.scoring(),
                local.leagueSync(),
                local.dataDirectory(),
                local.review(),
                local.scores(),
                Optional.of(api),
                local.devices());
        model = new WorkstationViewModel(paired, Platform::runLater);
        stage.setScene(new WorkstationView(model).scene(1280, 800));
        stage.show();
        model.activate();
    }

    @AfterEach
    void close() {
        model.close();
        server.close();
        leagueStore.close();
        workstation.close();
    }

    @Test
    void serverBoardShowsUnderTheLocalOneWithItsStatus(FxRobot robot) throws IOException {
        robot.clickOn("League");
        TableView<?> local = robot.lookup("#league-local-table").queryAs(TableView.class);
        TableView<?> remote = robot.lookup("#league-server-table").queryAs(TableView.class);

        waitUntil(() -> onFx(() -> remote.getItems().size()) == 3);
        List<BoardRow> server =
                onFx(() -> remote.getItems().stream().map(BoardRow.class::cast).toList());
        assertThat(server)
                .extracting(BoardRow::trainee, BoardRow::score)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Mira Sato", 93.4),
                        org.assertj.core.groups.Tuple.tuple("Ada Okafor", 84.0),
                        org.assertj.core.groups.Tuple.tuple("Ben Larsen", 71.2));
        assertThat(onFx(() -> local.getItems().size())).isEqualTo(2);
        assertThat(onFx(() ->
                        robot.lookup("#league-server-status").queryLabeled().getText()))
                .isEqualTo("League server http://127.0.0.1:" + this.server.port() + ": 3 on the board");

        Path folder = Path.of("target", "screens");
        Files.createDirectories(folder);
        ImageIO.write(
                SwingFXUtils.fromFXImage(onFx(() -> local.getScene().snapshot(null)), null),
                "png",
                folder.resolve("league-paired-1280x800.png").toFile());
    }
}

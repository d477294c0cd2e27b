package org.steadyhand.ui.league;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.league.server.LeagueServer;
import org.steadyhand.league.server.LeagueStore;
import org.steadyhand.league.sync.HttpLeagueApi;
import org.steadyhand.league.sync.LeagueApi;
import org.steadyhand.session.ModuleCatalog;
import org.steadyhand.store.Database;
import org.steadyhand.store.LeagueOutbox;
import org.steadyhand.store.OutboxEntry;
import org.steadyhand.store.ScoreRepository;
import org.steadyhand.ui.ScoreSeeds;

class LeagueViewModelTest {
    private static final Executor NOW = Runnable::run;
    private static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");

    @TempDir
    Path folder;

    @Test
    void localBoardRanksTheWorkstationsScoresWithoutAServer() {
        try (Database database = Database.open(folder.resolve("ws"))) {
            seed(database);
            LeagueViewModel model = model(database, Optional.empty());

            model.refresh();

            assertThat(model.localRows())
                    .extracting(BoardRow::rank, BoardRow::trainee, BoardRow::score)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1, "Grace", 91.0),
                            org.assertj.core.groups.Tuple.tuple(2, "Ada", 84.5));
            assertThat(model.localRows().get(1).sessions()).hasValue(2);
            assertThat(model.localRows().get(1).cohort()).contains("Fellows");
            assertThat(model.localStatusProperty().get()).startsWith("2 trainees on this workstation");
            assertThat(model.serverStatusProperty().get()).startsWith("Not paired with a league server");
            assertThat(model.paired()).isFalse();
        }
    }

    @Test
    void pairedWorkstationShowsTheServersBoardSentFromItsOutbox() throws Exception {
        try (Database database = Database.open(folder.resolve("ws"));
                LeagueStore store = LeagueStore.open("jdbc:h2:file:" + folder.resolve("league"), "sa", "");
                LeagueServer server = LeagueServer.start(
                        store,
                        LeagueServer.Config.defaults()
                                .withPort(0)
                                .withBind("127.0.0.1")
                                .withRate(0, 1),
                        Clock.systemUTC())) {
            seed(database);
            HttpLeagueApi api = HttpLeagueApi.to(URI.create("http://127.0.0.1:" + server.port()));
            String token = server.issueWorkstationToken("ws-1", java.time.Duration.ofMinutes(5));
            for (OutboxEntry entry : new LeagueOutbox(database).pending(100)) {
                assertThat(api.submit(token, entry)).isInstanceOf(LeagueApi.Accepted.class);
            }
            LeagueViewModel model = model(database, Optional.of(api));

            model.refresh();

            assertThat(model.serverRows())
                    .extracting(BoardRow::rank, BoardRow::trainee, BoardRow::score)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1, "Grace", 91.0),
                            org.assertj.core.groups.Tuple.tuple(2, "Ada", 84.5));
            assertThat(model.serverRows().get(0).sessions()).isEmpty();
            assertThat(model.serverStatusProperty().get())
                    .isEqualTo("League server http://127.0.0.1:" + server.port() + ": 2 on the board");
            assertThat(model.localRows()).hasSize(2);
        }
    }

    @Test
    void unreachableServerGivesAPlainStatusAndTheLocalBoardStays() {
        try (Database database = Database.open(folder.resolve("ws"))) {
            seed(database);
            // Port 1 on loopback: nothing listens, the connection is refused at once.
            LeagueViewModel model = model(database, Optional.of(HttpLeagueApi.to(URI.create("http://127.0.0.1:1"))));

            model.refresh();

            assertThat(model.serverStatusProperty().get())
                    .startsWith("League server http://127.0.0.1:1 unreachable (")
                    .endsWith("); showing this workstation's board");
            assertThat(model.serverRows()).isEmpty();
            assertThat(model.localRows()).hasSize(2);
        }
    }

    @Test
    void emptyModuleSaysHowToFillIt() {
        try (Database database = Database.open(folder.resolve("ws"))) {
            LeagueViewModel model = model(database, Optional.empty());

            model.refresh();

            assertThat(model.localRows()).isEmpty();
            assertThat(model.localStatusProperty().get())
                    .isEqualTo("No scored sessions of Anti-tremor yet — record one on the Rig screen");
        }
    }

    private static LeagueViewModel model(Database database, Optional<HttpLeagueApi> server) {
        return new LeagueViewModel(
                new ScoreRepository(database), ModuleCatalog.builtIn(), server.map(s -> s), NOW, NOW, NOW);
    }

    private static void seed(Database database) {
        ScoreSeeds seeds = new ScoreSeeds(database).trainee("Ada", "Fellows").trainee("Grace", "Fellows");
        seeds.score("Ada", "anti-tremor", MONDAY, 84.5);
        seeds.score("Ada", "anti-tremor", MONDAY.plusSeconds(86_400), 70);
        seeds.score("Grace", "anti-tremor", MONDAY.plusSeconds(3_600), 91);
        seeds.score("Grace", "forceps", MONDAY.plusSeconds(7_200), 99);
    }
}

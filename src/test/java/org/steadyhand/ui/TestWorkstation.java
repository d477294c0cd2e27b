package org.steadyhand.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.steadyhand.app.WorkstationDevices;
import org.steadyhand.device.SourceRegistry;
import org.steadyhand.device.sim.SimulatedRigFactory;
import org.steadyhand.session.ModuleCatalog;
import org.steadyhand.session.SessionMetrics;
import org.steadyhand.session.SessionScorer;
import org.steadyhand.store.Database;
import org.steadyhand.store.DeviceCalibrations;
import org.steadyhand.store.PenAreas;
import org.steadyhand.store.ScoreRepository;
import org.steadyhand.store.SessionCatalog;
import org.steadyhand.store.SessionScoring;
import org.steadyhand.store.TraineeRepository;
import org.steadyhand.store.WorkstationStore;
import org.steadyhand.ui.review.ReviewServices;

/**
 * The real parts a workstation runs on, for tests: an H2 database in a temporary folder, the
 * simulated rig and the built-in modules. Close it to close the database.
 */
public final class TestWorkstation implements AutoCloseable {
    private final Database database;
    private final ModuleCatalog modules;

    private TestWorkstation(Database database, ModuleCatalog modules) {
        this.database = database;
        this.modules = modules;
    }

    public static TestWorkstation open(Path directory) {
        return open(directory, ModuleCatalog.builtIn());
    }

    public static TestWorkstation open(Path directory, ModuleCatalog modules) {
        return new TestWorkstation(Database.open(directory), modules);
    }

    public WorkstationServices services(List<String> sourceSpecs) {
        return services(new SourceRegistry(List.of(new SimulatedRigFactory())), sourceSpecs);
    }

    /** The window's services with the rig's sources opened through {@code registry}. */
    public WorkstationServices services(SourceRegistry registry, List<String> sourceSpecs) {
        return new WorkstationServices(
                registry,
                sourceSpecs,
                modules,
                new WorkstationStore(database),
                new SessionCatalog(database),
                new TraineeRepository(database),
                new SessionScoring(
                        database, modules, new SessionScorer(SessionMetrics.withDefaults()), Clock.systemUTC()),
                Optional.empty(),
                database.directory(),
                ReviewServices.of(database, modules, Clock.systemDefaultZone()),
                new ScoreRepository(database),
                Optional.empty(),
                new WorkstationDevices(
                        database.directory(),
                        new SourceRegistry(List.of(new SimulatedRigFactory())),
                        sourceSpecs,
                        new DeviceCalibrations(database),
                        new PenAreas(database),
                        Clock.systemUTC(),
                        false));
    }

    /**
     * Opens the workstation window on {@code stage} at its default 1280×800, on the services for
     * {@code sourceSpecs}, and activates it as the application does. Call on the FX thread (a
     * TestFX {@code @Start} method); close the returned model before this workstation.
     */
    public WorkstationViewModel showWindow(Stage stage, List<String> sourceSpecs) {
        WorkstationViewModel model = new WorkstationViewModel(services(sourceSpecs), Platform::runLater);
        stage.setTitle(WorkstationGui.TITLE);
        stage.setScene(new WorkstationView(model).scene(WorkstationGui.WIDTH, WorkstationGui.HEIGHT));
        stage.show();
        model.activate();
        return model;
    }

    public Database database() {
        return database;
    }

    public ModuleCatalog modules() {
        return modules;
    }

    @Override
    public void close() {
        database.close();
    }
}

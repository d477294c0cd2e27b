package org.steadyhand.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package direction and library containment of DESIGN.md, checked on the compiled main
 * classes. Every rule says why; an exception needs a reason written here.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.steadyhand");
    }

    @Test
    void layersDependDownwardsOnly() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true) // league arrives with the league issue
                .layer("core")
                .definedBy("org.steadyhand.core..")
                .layer("device")
                .definedBy("org.steadyhand.device..")
                .layer("pipeline")
                .definedBy("org.steadyhand.pipeline..")
                .layer("analysis")
                .definedBy("org.steadyhand.analysis..")
                .layer("session")
                .definedBy("org.steadyhand.session..")
                .layer("store")
                .definedBy("org.steadyhand.store..")
                .layer("league")
                .definedBy("org.steadyhand.league..")
                .layer("ui")
                .definedBy("org.steadyhand.ui..")
                .layer("cli")
                .definedBy("org.steadyhand.cli..")
                .layer("app")
                .definedBy("org.steadyhand.app..")
                .whereLayer("app")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("cli")
                .mayOnlyBeAccessedByLayers("app")
                .whereLayer("ui")
                .mayOnlyBeAccessedByLayers("app")
                .whereLayer("league")
                .mayOnlyBeAccessedByLayers("ui", "cli", "app")
                .whereLayer("store")
                .mayOnlyBeAccessedByLayers("league", "ui", "cli", "app")
                .whereLayer("session")
                .mayOnlyBeAccessedByLayers("store", "league", "ui", "cli", "app")
                .whereLayer("analysis")
                .mayOnlyBeAccessedByLayers("session", "store", "league", "ui", "cli", "app")
                .whereLayer("pipeline")
                .mayOnlyBeAccessedByLayers("session", "store", "ui", "cli", "app")
                .whereLayer("device")
                .mayOnlyBeAccessedByLayers("pipeline", "session", "store", "ui", "cli", "app")
                .because("dependencies point one way (DESIGN.md package map): devices know nothing of what"
                        + " consumes their samples, and nothing depends on ui, cli or app")
                .check(classes);
    }

    @Test
    void coreDependsOnNothingElseOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("org.steadyhand.core..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.steadyhand.core..", "java..")
                .because("core holds the values every layer shares and must stay free of everything else")
                .check(classes);
    }

    @Test
    void analysisIsPure() {
        noClasses()
                .that()
                .resideInAPackage("org.steadyhand.analysis..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.steadyhand.device..",
                        "org.steadyhand.pipeline..",
                        "java.io..",
                        "java.nio.file..",
                        "java.net..",
                        "java.sql..",
                        "javafx..")
                .because("analysis must run headless, in batch and in tests with no I/O, on plain sample arrays")
                .check(classes);
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "eu.hansolo..")
                .because("view-models are unit-tested without a stage (STYLE.md, MVVM)")
                .check(classes);
    }

    @Test
    void noStaticMutableState() {
        fields().that()
                .areStatic()
                .and()
                .areDeclaredInClassesThat()
                .resideInAPackage("org.steadyhand..")
                .should()
                .beFinal()
                .because("one composition root with constructor injection; no singletons or global state (STYLE.md)")
                .check(classes);
    }

    @Test
    void jSerialCommStaysInTheSerialAdapter() {
        onlyIn(
                "com.fazecast..",
                "org.steadyhand.device.serial",
                "jSerialComm's int event flags and quirks must not leak past its adapter (not even into the"
                        + " protocols, which are fed bytes)");
    }

    @Test
    void hid4javaStaysInTheHidAdapter() {
        onlyIn(
                "org.hid4java..",
                "org.steadyhand.device.hid..",
                "hid4java's static HidManager and -1 error returns must not leak past its adapter");
    }

    @Test
    void jTransformsStaysInAnalysis() {
        onlyIn(
                "org.jtransforms..",
                "org.steadyhand.analysis..",
                "JTransforms' packed in-place output is an analysis detail");
    }

    @Test
    void imageDecodingStaysInTheCameraAdapter() {
        onlyIn(
                "javax.imageio..",
                "org.steadyhand.device.camera..",
                "frames are decoded once, into core.GreyImage, where they arrive; the shot analysis reads plain"
                        + " grey levels");
    }

    @Test
    void jettyStaysInTheLeagueServer() {
        onlyIn(
                "org.eclipse.jetty..",
                "org.steadyhand.league.server..",
                "only the leaderboard server speaks HTTP on the server side");
    }

    @Test
    void leagueClientAndServerShareOnlyTheLeagueDomain() {
        noClasses()
                .that()
                .resideInAPackage("org.steadyhand.league.sync..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.steadyhand.league.server..")
                .because("a workstation talks to the server only over HTTP, so either side can change on its own")
                .allowEmptyShould(true)
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.steadyhand.league.server..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.steadyhand.league.sync..", "org.steadyhand.store..")
                .because("the league server has its own database and never touches a workstation's")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void javaFxAndTilesFxStayInTheUi() {
        onlyIn("javafx..", "org.steadyhand.ui..", "everything below the UI must run headless");
        onlyIn("eu.hansolo..", "org.steadyhand.ui..", "dashboards are a UI concern");
    }

    @Test
    void picocliStaysInTheCommandLine() {
        onlyIn("picocli..", "org.steadyhand.cli..", "argument parsing belongs to the command line adapter");
    }

    @Test
    void databaseAccessStaysInTheStores() {
        for (String library : new String[] {"java.sql..", "org.h2..", "org.flywaydb.."}) {
            noClasses()
                    .that()
                    .resideOutsideOfPackages("org.steadyhand.store..", "org.steadyhand.league.server..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(library)
                    .because("SQL lives in the workstation store and the league server's own store")
                    .check(classes);
        }
    }

    @Test
    void logbackIsConfiguredOnlyByTheApp() {
        onlyIn("ch.qos.logback..", "org.steadyhand.app..", "code logs through SLF4J; only the app picks the backend");
    }

    private static void onlyIn(String library, String owner, String reason) {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackage(owner)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(library)
                .because(reason);
        rule.allowEmptyShould(true).check(classes);
    }
}

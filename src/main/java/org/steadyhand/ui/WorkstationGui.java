package org.steadyhand.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graphical workstation: the composition root constructs it with its dependencies and calls
 * {@link #run()} on the main thread. No {@code Application} subclass, so nothing is handed over
 * through static fields.
 */
public final class WorkstationGui {
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationGui.class);
    static final String TITLE = "Steadyhand";
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    private final WorkstationServices services;

    public WorkstationGui(WorkstationServices services) {
        this.services = services;
    }

    /**
     * Starts JavaFX, shows the window and blocks until the user closes it; then stops a running
     * recording (stored as stopped), closes the rig and shuts JavaFX down. Call it from the main
     * thread, not the FX thread. If JavaFX is already running in this process (an embedding host,
     * a test), the window opens on it and JavaFX is left running afterwards.
     */
    public void run() {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<WorkstationViewModel> model = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable show = () -> {
            try {
                WorkstationViewModel created = new WorkstationViewModel(services, Platform::runLater);
                model.set(created);
                showWindow(created, closed);
            } catch (RuntimeException e) {
                failure.set(e);
                closed.countDown();
            }
        };
        boolean startedHere = startJavaFx(show);
        awaitUninterruptibly(closed);
        try {
            if (model.get() != null) {
                model.get().close();
            }
        } finally {
            if (startedHere) {
                Platform.exit();
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        LOG.info("workstation window closed");
    }

    private static void showWindow(WorkstationViewModel model, CountDownLatch closed) {
        Stage stage = new Stage();
        stage.setTitle(TITLE);
        stage.setScene(new WorkstationView(model).scene(WIDTH, HEIGHT));
        stage.setMinWidth(1024);
        stage.setMinHeight(700);
        stage.setOnHidden(event -> closed.countDown());
        stage.show();
        model.activate();
    }

    /** Runs {@code first} on the FX thread, starting JavaFX if needed; returns whether it did. */
    private static boolean startJavaFx(Runnable first) {
        try {
            Platform.startup(() -> {
                // Closing the window must not end JavaFX while the recording is being stored;
                // run() exits it afterwards.
                Platform.setImplicitExit(false);
                first.run();
            });
            return true;
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(first);
            return false;
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                // The window decides when the workstation ends; remember the interrupt for later.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.steadyhand.ui.rig;

import java.util.List;
import org.steadyhand.device.SourceRegistry;
import org.steadyhand.session.ModuleCatalog;
import org.steadyhand.session.SessionStore;
import org.steadyhand.store.SessionScoring;
import org.steadyhand.store.TraineeRepository;

/**
 * What the rig screen needs from the rest of the application, handed over by the composition root.
 *
 * @param sourceSpecs the configured sources, e.g. {@code ["sim"]}; the skill picker rewrites the
 *     {@code sim} ones
 * @param scoring scores each completed session from its stored telemetry
 */
public record RigServices(
        SourceRegistry registry,
        List<String> sourceSpecs,
        ModuleCatalog modules,
        SessionStore sessionStore,
        TraineeRepository trainees,
        SessionScoring scoring) {
    public RigServices {
        if (sourceSpecs.isEmpty()) {
            throw new IllegalArgumentException("the rig screen needs at least one source spec");
        }
        if (modules.all().isEmpty()) {
            throw new IllegalArgumentException("the rig screen needs at least one training module");
        }
        sourceSpecs = List.copyOf(sourceSpecs);
    }
}

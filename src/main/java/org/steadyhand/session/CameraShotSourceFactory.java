package org.steadyhand.session;

import org.steadyhand.analysis.shot.TargetType;
import org.steadyhand.core.BadInputException;
import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceFactory;
import org.steadyhand.device.SourceSpec;
import org.steadyhand.device.camera.Backoff;
import org.steadyhand.device.camera.CameraSpec;

/**
 * Opens {@code camera:mjpeg:URL}, {@code camera:snapshot:URL[?fps=N]} and {@code
 * camera:folder:DIR} as {@link CameraShotSource}s. The target face is {@code target=ID} when given,
 * otherwise the face of the marksmanship module about to run. Stateless; thread-safe.
 */
public final class CameraShotSourceFactory implements SourceFactory {
    private final ModuleCatalog modules;
    private final Backoff backoff;

    public CameraShotSourceFactory(ModuleCatalog modules, Backoff backoff) {
        this.modules = modules;
        this.backoff = backoff;
    }

    public CameraShotSourceFactory(ModuleCatalog modules) {
        this(modules, Backoff.DEFAULT);
    }

    @Override
    public String scheme() {
        return "camera";
    }

    @Override
    public SampleSource create(SourceSpec spec, SourceContext context) {
        if (!(spec instanceof SourceSpec.Camera camera)) {
            throw new IllegalArgumentException("not a camera spec: " + spec.text());
        }
        CameraSpec parsed = CameraSpec.of(camera);
        TargetType face = parsed.targetId().isPresent()
                ? byId(spec.text(), parsed.targetId().get())
                : moduleFace(spec.text(), context.moduleId());
        return new CameraShotSource(spec.text(), parsed.open(context.clock()::nowNanos, backoff), face);
    }

    private static TargetType byId(String text, String id) {
        return TargetType.byId(id)
                .orElseThrow(() -> new BadInputException(
                        "source '" + text + "': unknown target '" + id + "'; available: " + TargetType.ids()));
    }

    private TargetType moduleFace(String text, String moduleId) {
        if (moduleId.isEmpty()) {
            throw new BadInputException("source '" + text + "': no module chosen, so the target face is unknown;"
                    + " add target=ID (" + TargetType.ids() + ")");
        }
        if (modules.require(moduleId).target() instanceof TaskTarget.Shoot shoot) {
            return shoot.face();
        }
        throw new BadInputException("source '" + text + "': module " + moduleId
                + " is not a shooting module, so the camera has no target face; add target=ID ("
                + TargetType.ids() + ")");
    }
}

package org.steadyhand.analysis.shot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.steadyhand.core.GreyImage;

/**
 * Finds new shots in successive photographs of one paper target: each frame is registered
 * ({@link TargetRegistrar}), normalised for lighting ({@link Illumination}) and compared with the
 * last accepted frame; what changed and looks like pellet holes is new shots.
 *
 * <p>Comparison: inside the scoring area (1 ring plus a calibre), a pixel changed when its
 * normalised value moved by more than {@value #CHANGE} of the paper level (a hole shows the
 * backing: darker than paper, lighter than the black); when the target moved between the frames
 * the reference is resampled through both registrations. A 3 x 3 opening removes one-pixel
 * slivers (noise, edges that did not quite cancel); the 8-connected regions left are holes when
 * they are the size of one or a few pellet holes. Each region of {@code k = round(area / hole)}
 * holes gives {@code k} first centres ({@link HoleFit}), each then fitted to its hole's sub-pixel
 * edge ({@link HoleEdges}).
 *
 * <p>Doubtful frames are rejected and the reference kept, so a hole is never lost — the next good
 * frame still shows it: a frame without the target, a region brighter than paper (glare), a
 * region too large or elongated for holes (a shadow edge), or more change than a few shots can
 * make (camera shake, paper movement, a lighting change the normalisation could not absorb).
 * After {@value #REJECTIONS_BEFORE_RESET} such rejections in a row the scene has changed for good:
 * the frame becomes the reference and the outcome says so. Not thread-safe: one analyser per
 * camera.
 */
public final class ShotFrameAnalyzer {
    static final float CHANGE = 0.2f;
    static final int REJECTIONS_BEFORE_RESET = 3;
    /** Below this many pixels across a hole, holes cannot be told from noise. */
    static final double MIN_HOLE_PIXELS = 6;
    /** Target movement between frames below this is none (registration noise), pixels. */
    static final double MOVED_PIXELS = 0.3;

    private final TargetType face;
    private Optional<Reference> reference = Optional.empty();
    private int rejectedInARow;
    /** Holes found so far, where the reference frame shows them; new holes may overlap them. */
    private final List<DetectedHole> holes = new ArrayList<>();

    private record Reference(GreyImage frame, float[] norm, TargetRegistration registration) {}

    public ShotFrameAnalyzer(TargetType face) {
        this.face = face;
    }

    /**
     * Analyses the next frame. While the target stays put the frame is compared with the reference
     * at the reference's registration (registering a frame with holes in the aiming mark would only
     * add error); only when that comparison finds too much change is the frame registered anew and,
     * if the target moved, compared through both registrations.
     */
    public FrameOutcome accept(GreyImage frame) {
        if (reference.isEmpty()
                || reference.get().frame().width() != frame.width()
                || reference.get().frame().height() != frame.height()) {
            return takeAsReference(frame);
        }
        Reference ref = reference.get();
        float[] norm = Illumination.normalise(frame, face, ref.registration());
        FrameDifference.Result diff = FrameDifference.holes(
                face, ref.norm(), ref.registration(), norm, ref.registration(), frame.width(), frame.height(), holes);
        TargetRegistration reg = ref.registration();
        if (diff.rejection().isPresent()) {
            Optional<TargetRegistration> found = TargetRegistrar.register(frame, face);
            if (found.isEmpty()) {
                return rejected(new FrameOutcome.Rejected("no " + face.id() + " target in view"), frame);
            }
            double areaMm = face.ringRadiusMm(1) + face.calibreMm();
            if (found.get().pixelsMovedFrom(reg, areaMm) > MOVED_PIXELS) {
                reg = found.get();
                norm = Illumination.normalise(frame, face, reg);
                diff = FrameDifference.holes(
                        face, ref.norm(), ref.registration(), norm, reg, frame.width(), frame.height(), inFrame(reg));
            }
        }
        if (diff.rejection().isPresent()) {
            return rejected(new FrameOutcome.Rejected(diff.rejection().get()), frame);
        }
        rejectedInARow = 0;
        if (reg != ref.registration()) {
            List<DetectedHole> moved = inFrame(reg);
            holes.clear();
            holes.addAll(moved);
        }
        holes.addAll(diff.holes());
        reference = Optional.of(new Reference(frame, norm, reg));
        return new FrameOutcome.Accepted(reg, diff.holes());
    }

    /** The holes so far at their pixel positions under {@code reg}. */
    private List<DetectedHole> inFrame(TargetRegistration reg) {
        return holes.stream()
                .map(h -> {
                    double[] p = reg.toPixel(h.xMm(), h.yMm());
                    return new DetectedHole(h.xMm(), h.yMm(), p[0], p[1], h.fitted());
                })
                .toList();
    }

    private FrameOutcome takeAsReference(GreyImage frame) {
        Optional<TargetRegistration> found = TargetRegistrar.register(frame, face);
        if (found.isEmpty()) {
            return new FrameOutcome.Rejected("no " + face.id() + " target in view");
        }
        TargetRegistration reg = found.get();
        double holePixels = face.calibreMm() / reg.mmPerPixel();
        if (holePixels < MIN_HOLE_PIXELS) {
            return new FrameOutcome.Rejected(String.format(
                    Locale.ROOT,
                    "the target is too small in the frame: a hole is %.1f pixels across, at least %.0f needed",
                    holePixels,
                    MIN_HOLE_PIXELS));
        }
        reference = Optional.of(new Reference(frame, Illumination.normalise(frame, face, reg), reg));
        rejectedInARow = 0;
        holes.clear();
        return new FrameOutcome.Reference(reg);
    }

    /** Counts a rejection; after too many in a row the scene changed for good and this frame is the reference. */
    private FrameOutcome rejected(FrameOutcome.Rejected rejection, GreyImage frame) {
        if (++rejectedInARow < REJECTIONS_BEFORE_RESET) {
            return rejection;
        }
        Optional<TargetRegistration> found = TargetRegistrar.register(frame, face);
        if (found.isEmpty()) {
            return rejection;
        }
        rejectedInARow = 0;
        List<DetectedHole> moved = inFrame(found.get());
        holes.clear();
        holes.addAll(moved);
        reference = Optional.of(new Reference(frame, Illumination.normalise(frame, face, found.get()), found.get()));
        return new FrameOutcome.Rejected(rejection.reason()
                + "; the scene stayed changed, so this frame is the new reference (shots fired meanwhile may be"
                + " missed)");
    }
}

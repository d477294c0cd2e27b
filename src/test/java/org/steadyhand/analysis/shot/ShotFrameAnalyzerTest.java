package org.steadyhand.analysis.shot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steadyhand.core.GreyImage;

/**
 * The frame analyser on rendered photographs: what it refuses (no target, glare, shake) never
 * becomes a shot, a hole seen in a refused frame is found in the next good one, and a target that
 * moved between frames gives only its new hole.
 */
class ShotFrameAnalyzerTest {
    private static final TargetType RIFLE = TargetType.AIR_RIFLE_10M;
    private static final TargetPhotoRenderer.Camera CAMERA =
            new TargetPhotoRenderer.Camera(800, 600, 400, 300, 6.0, 3, 0, 0);

    private final ShotFrameAnalyzer analyzer = new ShotFrameAnalyzer(RIFLE);
    private final List<TargetPhotoRenderer.Hole> holes = new ArrayList<>();

    @Test
    void aFrameWithoutATargetIsRefusedWithoutShots() {
        GreyImage grey = new GreyImage(640, 480, new byte[640 * 480]);
        java.util.Arrays.fill(grey.pixels(), (byte) 128);

        FrameOutcome outcome = analyzer.accept(grey);

        assertThat(outcome).isEqualTo(new FrameOutcome.Rejected("no air-rifle-10m target in view"));
    }

    @Test
    void glareIsRefusedAndTheHoleItHidFoundInTheNextFrame() {
        assertThat(analyzer.accept(frame(CAMERA, light(0, 0)))).isInstanceOf(FrameOutcome.Reference.class);
        holes.add(new TargetPhotoRenderer.Hole(4, -3, 0.4));

        FrameOutcome glare = analyzer.accept(frame(CAMERA, light(0, 0.6)));
        FrameOutcome clean = analyzer.accept(frame(CAMERA, light(0, 0)));

        assertThat(glare).isInstanceOf(FrameOutcome.Rejected.class);
        // A large glare spot is more change than shots make; a small one is brighter than paper.
        assertThat(((FrameOutcome.Rejected) glare).reason()).containsAnyOf("glare", "too much changed");
        assertOneHoleAt(clean, 4, -3);
    }

    @Test
    void aShakenFrameIsRefusedAndTheNextGoodOneGivesTheShot() {
        analyzer.accept(frame(CAMERA, light(0, 0)));
        holes.add(new TargetPhotoRenderer.Hole(-6, 2, 0.45));
        TargetPhotoRenderer.Light blurred =
                new TargetPhotoRenderer.Light(0.9, 0.1, 20, 0.05, 0, 0, 0, 200, 0, 6.0, 2.0, 0.85f);

        FrameOutcome shaken = analyzer.accept(frame(CAMERA, blurred));
        FrameOutcome clean = analyzer.accept(frame(CAMERA, light(0, 0)));

        assertThat(shaken).isInstanceOf(FrameOutcome.Rejected.class);
        assertOneHoleAt(clean, -6, 2);
    }

    @Test
    void aShadowAndALightChangeAddNoPhantomShots() {
        analyzer.accept(frame(CAMERA, light(0, 0)));
        holes.add(new TargetPhotoRenderer.Hole(1, 1, 0.4));
        TargetPhotoRenderer.Light shadowed =
                new TargetPhotoRenderer.Light(0.7, 0.3, 120, 0.15, 0.25, 300, 250, 180, 0, 1.0, 2.5, 0.85f);

        assertOneHoleAt(analyzer.accept(frame(CAMERA, shadowed)), 1, 1);
    }

    @Test
    void aTargetThatMovedGivesOnlyItsNewHole() {
        holes.add(new TargetPhotoRenderer.Hole(2, 2, 0.4));
        analyzer.accept(frame(CAMERA, light(0, 0)));
        holes.add(new TargetPhotoRenderer.Hole(-3, -5, 0.4));
        TargetPhotoRenderer.Camera moved = new TargetPhotoRenderer.Camera(800, 600, 412, 293, 6.05, 4.5, 0, 0);

        assertOneHoleAt(analyzer.accept(frame(moved, light(0, 0))), -3, -5);
    }

    private void assertOneHoleAt(FrameOutcome outcome, double xMm, double yMm) {
        assertThat(outcome).isInstanceOf(FrameOutcome.Accepted.class);
        List<DetectedHole> found = ((FrameOutcome.Accepted) outcome).holes();
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().xMm()).isCloseTo(xMm, within(0.3));
        assertThat(found.getFirst().yMm()).isCloseTo(yMm, within(0.3));
    }

    private GreyImage frame(TargetPhotoRenderer.Camera camera, TargetPhotoRenderer.Light light) {
        return TargetPhotoRenderer.render(RIFLE, 80, camera, light, holes, 11);
    }

    private static TargetPhotoRenderer.Light light(double shadowDepth, double glare) {
        return new TargetPhotoRenderer.Light(0.9, 0.15, 40, 0.1, shadowDepth, 360, 310, 160, glare, 1.0, 2.0, 0.88f);
    }
}

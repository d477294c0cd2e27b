package org.steadyhand.analysis.shot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.core.GreyImage;

/**
 * Registration against the renderer's camera: with the rings' sub-pixel edges and the perspective
 * terms every face is placed to a tenth of a pixel out to its 1 ring under an oblique camera (at
 * this keystone the perspective bends the outer rings by up to about a pixel, which an affine map
 * cannot follow).
 */
class RingFitTest {
    @ParameterizedTest
    @CsvSource({
        "air-rifle-10m, 80, 9.0, 6, 1e-5, -1e-5",
        "air-pistol-10m, 170, 4.5, -4, -1e-5, 1e-5",
        "rifle-50m, 250, 3.1, 2, 1.2e-5, 0.8e-5",
        "pistol-25m, 550, 1.4, -7, -1e-5, -1e-5"
    })
    void theFaceIsPlacedToAFractionOfAPixelUnderPerspective(
            String id, double cardMm, double pixelsPerMm, double degrees, double kx, double ky) {
        TargetType face = TargetType.byId(id).orElseThrow();
        TargetPhotoRenderer.Camera camera =
                new TargetPhotoRenderer.Camera(1280, 960, 655, 472, pixelsPerMm, degrees, kx, ky);
        TargetPhotoRenderer.Light light =
                new TargetPhotoRenderer.Light(0.9, 0.25, 40, 0.1, 0, 0, 0, 200, 0, 1.0, 2.5, 0.85f);
        GreyImage photo = TargetPhotoRenderer.render(face, cardMm, camera, light, List.of(), 11);

        TargetRegistration reg = TargetRegistrar.register(photo, face).orElseThrow();

        assertThat(worstPixels(reg, camera, face)).isLessThan(0.1);
        assertThat(reg.rotationDegrees()).isCloseTo(degrees, org.assertj.core.api.Assertions.within(0.5));
    }

    /** Largest distance between where the registration and the camera put points out to the 1 ring. */
    private static double worstPixels(TargetRegistration reg, TargetPhotoRenderer.Camera camera, TargetType face) {
        double worst = 0;
        for (int ring = 1; ring <= 10; ring++) {
            double r = face.ringRadiusMm(ring);
            for (int k = 0; k < 16; k++) {
                double a = k * Math.PI / 8;
                double[] p = reg.toPixel(r * Math.cos(a), r * Math.sin(a));
                double[] q = camera.toPixel(r * Math.cos(a), r * Math.sin(a));
                worst = Math.max(worst, Math.hypot(p[0] - q[0], p[1] - q[1]));
            }
        }
        return worst;
    }
}

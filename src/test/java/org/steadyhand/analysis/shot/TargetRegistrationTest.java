package org.steadyhand.analysis.shot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The registration's projective map: it inverts exactly and is the renderer's camera model. */
class TargetRegistrationTest {
    /** Scale 8 px/mm, rotated 5 degrees, y flipped, with perspective terms. */
    private static final TargetRegistration OBLIQUE =
            new TargetRegistration(640, 480, 7.97, 0.70, 0.70, -7.97, 5, true, 2e-3, -1.5e-3);

    @ParameterizedTest
    @CsvSource({"0, 0", "10, 0", "0, -25", "-40.5, 33.2", "77, 77"})
    void pixelToTargetUndoesTargetToPixel(double xMm, double yMm) {
        double[] pixel = OBLIQUE.toPixel(xMm, yMm);
        double[] back = OBLIQUE.toTarget(pixel[0], pixel[1]);

        assertThat(back[0]).isCloseTo(xMm, within(1e-9));
        assertThat(back[1]).isCloseTo(yMm, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"12, -7", "-30, 20", "0, 40"})
    void theMapIsTheRenderersKeystoneCamera(double xMm, double yMm) {
        TargetPhotoRenderer.Camera camera = new TargetPhotoRenderer.Camera(1280, 960, 650, 470, 5, 10, 2e-5, -1e-5);
        double a = Math.toRadians(10);
        // The camera's q = s R (x, y) with the y flip; its keystone k = 1 + kx qx + ky qy is linear in (x, y).
        double xx = 5 * Math.cos(a);
        double xy = 5 * Math.sin(a);
        double yx = 5 * Math.sin(a);
        double yy = -5 * Math.cos(a);
        TargetRegistration reg = new TargetRegistration(
                650, 470, xx, xy, yx, yy, 10, true, 2e-5 * xx - 1e-5 * yx, 2e-5 * xy - 1e-5 * yy);

        double[] expected = camera.toPixel(xMm, yMm);
        double[] actual = reg.toPixel(xMm, yMm);

        assertThat(actual[0]).isCloseTo(expected[0], within(1e-9));
        assertThat(actual[1]).isCloseTo(expected[1], within(1e-9));
    }

    @Test
    void theAffineConstructorHasNoPerspective() {
        TargetRegistration affine = new TargetRegistration(100, 100, 4, 0, 0, -4, 0, false);

        assertThat(affine.gx()).isZero();
        assertThat(affine.gy()).isZero();
        assertThat(affine.toPixel(10, 10)).containsExactly(140, 60);
    }

    @Test
    void aSingularMapIsRefused() {
        assertThatThrownBy(() -> new TargetRegistration(0, 0, 1, 2, 2, 4, 0, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invertible");
    }
}

package org.steadyhand.analysis.shot;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.steadyhand.core.GreyImage;

/**
 * Finds a target face in a photograph ({@link TargetRegistration}): roughly at half resolution for
 * speed, then refined at full resolution.
 *
 * <ol>
 *   <li>Normalise the lighting ({@link Illumination}) and take the dark pixels (below 0.45 of the
 *       paper level).
 *   <li>The aiming mark is the largest dark component that, with its inside filled (the white
 *       ring lines and holes within it), is an ellipse: filled area within 8% of the area of the
 *       ellipse of the same second moments, axes within 1 : 1.6, clear of the frame edge. The
 *       centre is its centroid; its covariance {@code C} gives the map: a disc of radius R seen
 *       through a linear map {@code A} has {@code C = A A^T R^2 / 4}, so the symmetric part of
 *       {@code A} is {@code 2 sqrt(C) / R}. This tolerates moderate perspective (locally affine);
 *       the residual error grows with distance from the centre.
 *   <li>A circle has no orientation: the rotation comes from the edges of the target card — the
 *       outer boundary of the paper beyond the 1 ring — whose normals, in the rectified frame,
 *       point along the card's axes; the mean of {@code 4 * angle} gives the rotation modulo 90
 *       degrees (so rotations within +-45 degrees). Without a visible card edge, image up is up.
 *   <li>That rough, affine map is refined at full resolution on the sub-pixel edges of the
 *       mark and the ring lines to a homography ({@link RingFit}): centre and scale to a small
 *       fraction of a pixel, and the perspective of an oblique camera.
 * </ol>
 *
 * Stateless; thread-safe.
 */
public final class TargetRegistrar {
    private static final float DARK = 0.55f;
    private static final float PAPER = 0.7f;

    private TargetRegistrar() {}

    /** The target in {@code image}, or empty when no aiming mark of a target face is in view. */
    public static Optional<TargetRegistration> register(GreyImage image, TargetType face) {
        if (image.width() < 64 || image.height() < 64) {
            return Optional.empty();
        }
        GreyImage half = halve(image);
        int w = half.width();
        int h = half.height();
        float[] norm = Illumination.normalise(half);
        byte[] dark = new byte[w * h];
        for (int i = 0; i < dark.length; i++) {
            dark[i] = (byte) (norm[i] < DARK ? 1 : 0);
        }
        int minSide = Math.min(w, h) / 40;
        List<Blobs.Blob> blobs = Blobs.find(dark, w, 0, 0, w, h, minSide * minSide);
        Optional<Ellipse> mark = blobs.stream()
                .sorted(Comparator.comparingInt(Blobs.Blob::area).reversed())
                .limit(8)
                .map(blob -> Ellipse.ofFilled(blob, w, h))
                .flatMap(Optional::stream)
                .findFirst();
        if (mark.isEmpty()) {
            return Optional.empty();
        }
        Ellipse e = mark.get();
        double radiusMm = face.blackDiameterMm() / 2;
        // Symmetric square root of C, scaled: pixels (half resolution) per mm.
        double[] s = sqrtSymmetric(e.cxx(), e.cxy(), e.cyy());
        double k = 2 / radiusMm;
        double sxx = s[0] * k;
        double sxy = s[1] * k;
        double syy = s[2] * k;
        double outerMm = face.ringRadiusMm(1) + face.calibreMm();
        OptionalAngle angle = CardEdges.rotation(norm, w, h, e.x(), e.y(), sxx, sxy, syy, outerMm, PAPER);
        double phi = angle.radians();
        double c = Math.cos(phi);
        double sn = Math.sin(phi);
        // M = S * Rot(phi) * diag(1, -1), then doubled for full resolution.
        double m00 = 2 * (sxx * c + sxy * sn);
        double m10 = 2 * (sxy * c + syy * sn);
        double m01 = 2 * (sxx * sn - sxy * c);
        double m11 = 2 * (sxy * sn - syy * c);
        TargetRegistration rough =
                new TargetRegistration(2 * e.x(), 2 * e.y(), m00, m01, m10, m11, Math.toDegrees(phi), angle.seen());
        return Optional.of(RingFit.refine(image, face, rough));
    }

    /** Rotation angle with whether it was measured. */
    record OptionalAngle(double radians, boolean seen) {}

    /** [a, b, d] of the symmetric square root of [[a, b], [b, d]] (positive definite). */
    static double[] sqrtSymmetric(double a, double b, double d) {
        double root = Math.sqrt(Math.max(a * d - b * b, 0));
        double t = Math.sqrt(a + d + 2 * root);
        return new double[] {(a + root) / t, b / t, (d + root) / t};
    }

    /** 2 x 2 box mean; pixel centres of the half image sit at full-resolution 2i + 1. */
    static GreyImage halve(GreyImage image) {
        int w = image.width() / 2;
        int h = image.height() / 2;
        byte[] in = image.pixels();
        int fw = image.width();
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int r0 = 2 * y * fw;
            int r1 = r0 + fw;
            for (int x = 0; x < w; x++) {
                int sum = (in[r0 + 2 * x] & 0xFF)
                        + (in[r0 + 2 * x + 1] & 0xFF)
                        + (in[r1 + 2 * x] & 0xFF)
                        + (in[r1 + 2 * x + 1] & 0xFF);
                out[y * w + x] = (byte) ((sum + 2) >> 2);
            }
        }
        return new GreyImage(w, h, out);
    }
}

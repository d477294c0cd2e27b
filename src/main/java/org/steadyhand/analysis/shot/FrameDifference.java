package org.steadyhand.analysis.shot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The comparison step of {@link ShotFrameAnalyzer}: changed regions, checked and turned into holes. */
final class FrameDifference {
    /** More changed area than this many holes is not shots. */
    private static final double MAX_HOLES_OF_CHANGE = 12;

    private static final int MAX_HOLES_PER_REGION = 6;
    private static final float GLARE = 1.12f;

    private FrameDifference() {}

    record Result(List<DetectedHole> holes, Optional<String> rejection) {
        static Result rejected(String reason) {
            return new Result(List.of(), Optional.of(reason));
        }
    }

    static Result holes(
            TargetType face,
            float[] refNorm,
            TargetRegistration refReg,
            float[] norm,
            TargetRegistration reg,
            int w,
            int h,
            List<DetectedHole> older) {
        double areaMm = face.ringRadiusMm(1) + face.calibreMm();
        int[] box = box(reg, areaMm, w, h);
        boolean moved = reg.pixelsMovedFrom(refReg, areaMm) > ShotFrameAnalyzer.MOVED_PIXELS;
        byte[] mask = new byte[w * h];
        double limit = areaMm * areaMm;
        for (int y = box[1]; y < box[3]; y++) {
            for (int x = box[0]; x < box[2]; x++) {
                double[] t = reg.toTarget(x + 0.5, y + 0.5);
                if (t[0] * t[0] + t[1] * t[1] > limit) {
                    continue;
                }
                int p = y * w + x;
                float before;
                if (moved) {
                    double[] q = refReg.toPixel(t[0], t[1]);
                    before = bilinear(refNorm, w, h, q[0] - 0.5, q[1] - 0.5);
                } else {
                    before = refNorm[p];
                }
                if (Math.abs(norm[p] - before) > ShotFrameAnalyzer.CHANGE) {
                    mask[p] = 1;
                }
            }
        }
        // Close gaps narrower than a sixth of a hole: where a hole crosses a blurred ring line whose
        // grey happens to match the backing, nothing changed along the line.
        int gap = (int) Math.max(1, Math.round(0.08 * face.calibreMm() / reg.mmPerPixel()));
        close(mask, w, box, gap);
        open(mask, w, box);
        double holeMm2 = Math.PI * face.calibreMm() * face.calibreMm() / 4;
        double holeArea = holeMm2 / (reg.mmPerPixel() * reg.mmPerPixel());
        List<Blobs.Blob> blobs = Blobs.find(mask, w, box[0], box[1], box[2], box[3], (int) Math.ceil(0.15 * holeArea));
        long changed = blobs.stream().mapToLong(Blobs.Blob::area).sum();
        if (changed > MAX_HOLES_OF_CHANGE * holeArea) {
            return Result.rejected(String.format(
                    Locale.ROOT,
                    "too much changed (%.0f holes' worth): camera shake, the paper moved or the light changed",
                    changed / holeArea));
        }
        double holeDiameterPixels = face.calibreMm() / reg.mmPerPixel();
        List<DetectedHole> holes = new ArrayList<>();
        for (Blobs.Blob blob : blobs) {
            double mean = 0;
            for (int p : blob.pixels()) {
                mean += norm[p];
            }
            if (mean / blob.area() > GLARE) {
                return Result.rejected("glare on the target");
            }
            double extent = Math.max(blob.widthPixels(), blob.heightPixels());
            // Overlapping holes cover less than their sum, so a chain counts by its length too.
            int count = (int) Math.max(
                    1, Math.max(Math.round(blob.area() / holeArea), Math.round(extent / holeDiameterPixels - 0.3)));
            if (count > MAX_HOLES_PER_REGION || extent > (count + 0.8) * holeDiameterPixels) {
                double[] at = reg.toTarget((blob.minX() + blob.maxX()) / 2.0, (blob.minY() + blob.maxY()) / 2.0);
                return Result.rejected(String.format(
                        Locale.ROOT,
                        "a change that is not a hole near (%.1f, %.1f) mm, %d x %d pixels: a shadow or something in"
                                + " front of the target",
                        at[0],
                        at[1],
                        blob.widthPixels(),
                        blob.heightPixels()));
            }
            boolean whole = blob.area() >= 0.8 * holeArea
                    && blob.area() <= 1.25 * holeArea
                    && !touchesOlder(blob, older, holeDiameterPixels / 2 + 2);
            double radiusMm = face.calibreMm() / 2;
            List<double[]> first = HoleFit.centres(blob, w, reg, count, radiusMm, whole, older);
            HoleEdges.Frames frames = new HoleEdges.Frames() {
                @Override
                public double now(double column, double row) {
                    return Sampling.bilinear(norm, w, h, column, row);
                }

                @Override
                public double before(double column, double row) {
                    if (!moved) {
                        return Sampling.bilinear(refNorm, w, h, column, row);
                    }
                    double[] t = reg.toTarget(column, row);
                    double[] q = refReg.toPixel(t[0], t[1]);
                    return Sampling.bilinear(refNorm, w, h, q[0], q[1]);
                }
            };
            for (double[] c : HoleEdges.refine(first, frames, reg, radiusMm, count == 1 && whole, older)) {
                if (!HoleCoverage.isHole(c, frames, reg, radiusMm, older)) {
                    continue; // print whose contrast changed (focus, blur), not a hole
                }
                double[] px = reg.toPixel(c[0], c[1]);
                holes.add(new DetectedHole(c[0], c[1], px[0], px[1], !(count == 1 && whole)));
            }
        }
        return new Result(holes, Optional.empty());
    }

    /**
     * Whether an older hole reaches into the blob's box: then only part of the new hole changed
     * (the overlap was already a hole) and its centroid is off.
     */
    private static boolean touchesOlder(Blobs.Blob blob, List<DetectedHole> older, double reachPixels) {
        for (DetectedHole hole : older) {
            double dx = Math.max(0, Math.max(blob.minX() - hole.column(), hole.column() - blob.maxX() - 1));
            double dy = Math.max(0, Math.max(blob.minY() - hole.row(), hole.row() - blob.maxY() - 1));
            if (Math.hypot(dx, dy) < reachPixels) {
                return true;
            }
        }
        return false;
    }

    /** [x0, y0, x1, y1) of the scoring area in the frame. */
    private static int[] box(TargetRegistration reg, double radiusMm, int w, int h) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int k = 0; k < 64; k++) {
            double a = k * Math.PI / 32;
            double[] p = reg.toPixel(radiusMm * Math.cos(a), radiusMm * Math.sin(a));
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        return new int[] {
            Math.max(1, (int) minX - 2),
            Math.max(1, (int) minY - 2),
            Math.min(w - 1, (int) maxX + 3),
            Math.min(h - 1, (int) maxY + 3)
        };
    }

    /** Dilation then erosion by a (2 r + 1) square, separably, inside the box. */
    private static void close(byte[] mask, int w, int[] box, int r) {
        morph(mask, w, box, r, true);
        morph(mask, w, box, r, false);
    }

    private static void morph(byte[] mask, int w, int[] box, int r, boolean dilate) {
        byte set = (byte) (dilate ? 1 : 0);
        byte[] rows = mask.clone();
        for (int y = box[1]; y < box[3]; y++) {
            for (int x = box[0]; x < box[2]; x++) {
                byte v = (byte) (1 - set);
                for (int k = Math.max(box[0], x - r); k <= Math.min(box[2] - 1, x + r); k++) {
                    if (mask[y * w + k] == set) {
                        v = set;
                        break;
                    }
                }
                rows[y * w + x] = v;
            }
        }
        for (int y = box[1]; y < box[3]; y++) {
            for (int x = box[0]; x < box[2]; x++) {
                byte v = (byte) (1 - set);
                for (int k = Math.max(box[1], y - r); k <= Math.min(box[3] - 1, y + r); k++) {
                    if (rows[k * w + x] == set) {
                        v = set;
                        break;
                    }
                }
                mask[y * w + x] = v;
            }
        }
    }

    /** 3 x 3 erosion then dilation inside the box (border pixels of the box stay clear). */
    private static void open(byte[] mask, int w, int[] box) {
        byte[] eroded = new byte[mask.length];
        for (int y = box[1] + 1; y < box[3] - 1; y++) {
            for (int x = box[0] + 1; x < box[2] - 1; x++) {
                int p = y * w + x;
                if (mask[p] != 0
                        && mask[p - 1] != 0
                        && mask[p + 1] != 0
                        && mask[p - w] != 0
                        && mask[p + w] != 0
                        && mask[p - w - 1] != 0
                        && mask[p - w + 1] != 0
                        && mask[p + w - 1] != 0
                        && mask[p + w + 1] != 0) {
                    eroded[p] = 1;
                }
            }
        }
        for (int y = box[1]; y < box[3]; y++) {
            for (int x = box[0]; x < box[2]; x++) {
                mask[y * w + x] = 0;
            }
        }
        for (int y = box[1] + 1; y < box[3] - 1; y++) {
            for (int x = box[0] + 1; x < box[2] - 1; x++) {
                if (eroded[y * w + x] != 0) {
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            mask[(y + dy) * w + x + dx] = 1;
                        }
                    }
                }
            }
        }
    }

    private static float bilinear(float[] img, int w, int h, double x, double y) {
        x = Math.min(Math.max(x, 0), w - 1.001);
        y = Math.min(Math.max(y, 0), h - 1.001);
        int x0 = (int) x;
        int y0 = (int) y;
        double fx = x - x0;
        double fy = y - y0;
        int p = y0 * w + x0;
        double top = img[p] * (1 - fx) + img[p + 1] * fx;
        double bottom = img[p + w] * (1 - fx) + img[p + w + 1] * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }
}

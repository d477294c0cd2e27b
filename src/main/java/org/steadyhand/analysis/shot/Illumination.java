package org.steadyhand.analysis.shot;

import org.steadyhand.core.GreyImage;

/**
 * Photometric normalisation of a target photograph: divides each pixel by the local level of the
 * paper, so that white paper reads about 1 and the black aiming mark about 0.1 whatever the
 * exposure, a lighting gradient across the frame or a broad soft shadow. Two frames normalised this
 * way can be compared pixel by pixel even when the light changed between them.
 *
 * <p>Method: the paper estimate of each 16 x 16 block is its brightest 4 x 4 sub-block mean. A
 * block is paper when that is at least
 * {@value #PAPER_SHARE} of the brightest block within {@code max(width, height) / 6} pixels (a
 * reach beyond the aiming mark), which a soft shadow or a gradient does not push it below; paper
 * blocks keep their own mean as the level, the others (the aiming mark, the backstop) take the
 * mean of the levels next to them, filled inwards ring by ring. The level is smoothed over 3 x 3
 * blocks and interpolated bilinearly to every pixel. Stateless.
 */
final class Illumination {
    static final int BLOCK = 16;
    static final float PAPER_SHARE = 0.6f;

    private Illumination() {}

    /** The normalised image, one value per pixel, same layout as {@code image}. */
    static float[] normalise(GreyImage image) {
        return normalise(image, new boolean[blocks(image.width()) * blocks(image.height())]);
    }

    /**
     * The normalised image of a frame whose target is where {@code reg} puts it: no block that
     * reaches into the aiming mark ({@code face}'s black, DOMAIN.md) is taken as paper. What is
     * printed white in the black — the ring numbers, the ring lines, the air rifle's ten dot — is
     * as bright as paper across a whole 4 x 4 sub-block once it is a few pixels wide (large
     * numbers, a high-resolution photograph); taken as paper, such a block's level would drop to
     * a fraction of the paper's and flip between frames with noise and light, and the numbers
     * would show as change. The mark's level is filled from the paper round it instead.
     */
    static float[] normalise(GreyImage image, TargetType face, TargetRegistration reg) {
        int gw = blocks(image.width());
        int gh = blocks(image.height());
        boolean[] notPaper = new boolean[gw * gh];
        double r2 = Math.pow(face.blackDiameterMm() / 2, 2);
        for (int y = 0; y < gh; y++) {
            for (int x = 0; x < gw; x++) {
                for (int corner = 0; corner < 4 && !notPaper[y * gw + x]; corner++) {
                    double[] t = reg.toTarget((x + (corner & 1)) * BLOCK, (y + (corner >> 1)) * BLOCK);
                    notPaper[y * gw + x] = t[0] * t[0] + t[1] * t[1] <= r2;
                }
            }
        }
        return normalise(image, notPaper);
    }

    private static int blocks(int pixels) {
        return (pixels + BLOCK - 1) / BLOCK;
    }

    private static float[] normalise(GreyImage image, boolean[] notPaper) {
        int w = image.width();
        int h = image.height();
        int gw = blocks(w);
        int gh = blocks(h);
        float[] means = blockMeans(image, gw, gh);
        int reach = Math.max(1, Math.max(w, h) / 6 / BLOCK);
        float[] level = boxMean(paperLevel(means, maxFilter(means, gw, gh, reach), notPaper, gw, gh), gw, gh, 1);
        byte[] px = image.pixels();
        float[] out = new float[w * h];
        // The columns' grid cells and weights are the same on every row: worked out once (the
        // same float arithmetic as per pixel, so the result is unchanged, only cheaper).
        int[] x0s = new int[w];
        int[] x1s = new int[w];
        float[] fxs = new float[w];
        for (int x = 0; x < w; x++) {
            float gx = Math.min(Math.max((x + 0.5f) / BLOCK - 0.5f, 0), gw - 1);
            x0s[x] = (int) gx;
            x1s[x] = Math.min(x0s[x] + 1, gw - 1);
            fxs[x] = gx - x0s[x];
        }
        for (int y = 0; y < h; y++) {
            float gy = Math.min(Math.max((y + 0.5f) / BLOCK - 0.5f, 0), gh - 1);
            int y0 = (int) gy;
            int top0 = y0 * gw;
            int bottom0 = Math.min(y0 + 1, gh - 1) * gw;
            float fy = gy - y0;
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int x0 = x0s[x];
                int x1 = x1s[x];
                float fx = fxs[x];
                float top = level[top0 + x0] * (1 - fx) + level[top0 + x1] * fx;
                float bottom = level[bottom0 + x0] * (1 - fx) + level[bottom0 + x1] * fx;
                float paper = Math.max(top * (1 - fy) + bottom * fy, 1f);
                out[row + x] = (px[row + x] & 0xFF) / paper;
            }
        }
        return out;
    }

    /** Paper blocks keep their mean; the rest is filled from the neighbouring levels. */
    private static float[] paperLevel(float[] means, float[] brightest, boolean[] notPaper, int gw, int gh) {
        float[] level = new float[means.length];
        boolean[] known = new boolean[means.length];
        int unknown = 0;
        for (int i = 0; i < means.length; i++) {
            known[i] = !notPaper[i] && means[i] >= PAPER_SHARE * brightest[i];
            level[i] = known[i] ? means[i] : 0;
            unknown += known[i] ? 0 : 1;
        }
        if (unknown == means.length) {
            System.arraycopy(brightest, 0, level, 0, level.length);
            return level;
        }
        while (unknown > 0) {
            boolean[] next = known.clone();
            for (int y = 0; y < gh; y++) {
                for (int x = 0; x < gw; x++) {
                    int i = y * gw + x;
                    if (known[i]) {
                        continue;
                    }
                    float sum = 0;
                    int n = 0;
                    for (int j = Math.max(0, y - 1); j <= Math.min(gh - 1, y + 1); j++) {
                        for (int k = Math.max(0, x - 1); k <= Math.min(gw - 1, x + 1); k++) {
                            if (known[j * gw + k]) {
                                sum += level[j * gw + k];
                                n++;
                            }
                        }
                    }
                    if (n > 0) {
                        level[i] = sum / n;
                        next[i] = true;
                        unknown--;
                    }
                }
            }
            known = next;
        }
        return level;
    }

    /**
     * The paper estimate of each block: the brightest of its 4 x 4-pixel sub-block means, so that
     * a ring line, a hole or the edge of the aiming mark inside a block does not lower it.
     */
    private static float[] blockMeans(GreyImage image, int gw, int gh) {
        int w = image.width();
        int h = image.height();
        byte[] px = image.pixels();
        int sw = (w + 3) / 4;
        int sh = (h + 3) / 4;
        float[] sub = new float[sw * sh];
        int[] counts = new int[sw * sh];
        for (int y = 0; y < h; y++) {
            int row = (y >> 2) * sw;
            int base = y * w;
            for (int x = 0; x < w; x++) {
                int b = row + (x >> 2);
                sub[b] += px[base + x] & 0xFF;
                counts[b]++;
            }
        }
        int ratio = BLOCK / 4;
        float[] blocks = new float[gw * gh];
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < sw; x++) {
                int b = (y / ratio) * gw + x / ratio;
                blocks[b] = Math.max(blocks[b], sub[y * sw + x] / counts[y * sw + x]);
            }
        }
        return blocks;
    }

    private static float[] maxFilter(float[] in, int gw, int gh, int reach) {
        float[] rows = new float[in.length];
        for (int y = 0; y < gh; y++) {
            for (int x = 0; x < gw; x++) {
                float m = 0;
                for (int k = Math.max(0, x - reach); k <= Math.min(gw - 1, x + reach); k++) {
                    m = Math.max(m, in[y * gw + k]);
                }
                rows[y * gw + x] = m;
            }
        }
        float[] out = new float[in.length];
        for (int y = 0; y < gh; y++) {
            for (int x = 0; x < gw; x++) {
                float m = 0;
                for (int k = Math.max(0, y - reach); k <= Math.min(gh - 1, y + reach); k++) {
                    m = Math.max(m, rows[k * gw + x]);
                }
                out[y * gw + x] = m;
            }
        }
        return out;
    }

    private static float[] boxMean(float[] in, int gw, int gh, int reach) {
        float[] out = new float[in.length];
        for (int y = 0; y < gh; y++) {
            for (int x = 0; x < gw; x++) {
                float sum = 0;
                int n = 0;
                for (int j = Math.max(0, y - reach); j <= Math.min(gh - 1, y + reach); j++) {
                    for (int k = Math.max(0, x - reach); k <= Math.min(gw - 1, x + reach); k++) {
                        sum += in[j * gw + k];
                        n++;
                    }
                }
                out[y * gw + x] = sum / n;
            }
        }
        return out;
    }
}

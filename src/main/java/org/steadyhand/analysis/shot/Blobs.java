package org.steadyhand.analysis.shot;

import java.util.ArrayList;
import java.util.List;

/**
 * Connected components (8-connected) of a binary mask, with the pixel lists needed for centres and
 * fits. Stateless.
 */
final class Blobs {
    private Blobs() {}

    /**
     * One component.
     *
     * @param pixels indices {@code y * width + x} of its pixels
     */
    record Blob(int[] pixels, int minX, int minY, int maxX, int maxY) {
        int area() {
            return pixels.length;
        }

        int widthPixels() {
            return maxX - minX + 1;
        }

        int heightPixels() {
            return maxY - minY + 1;
        }
    }

    /**
     * Components of {@code mask} (non-zero = set) within the rectangle [x0, x1) x [y0, y1) of an
     * image {@code width} wide, each at least {@code minArea} pixels. Clears the mask as it goes.
     */
    static List<Blob> find(byte[] mask, int width, int x0, int y0, int x1, int y1, int minArea) {
        List<Blob> blobs = new ArrayList<>();
        int[] stack = new int[1024];
        int[] members = new int[1024];
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int start = y * width + x;
                if (mask[start] == 0) {
                    continue;
                }
                int top = 0;
                int count = 0;
                stack[top++] = start;
                mask[start] = 0;
                int minX = x;
                int maxX = x;
                int minY = y;
                int maxY = y;
                while (top > 0) {
                    int p = stack[--top];
                    if (count == members.length) {
                        members = java.util.Arrays.copyOf(members, count * 2);
                    }
                    members[count++] = p;
                    int px = p % width;
                    int py = p / width;
                    minX = Math.min(minX, px);
                    maxX = Math.max(maxX, px);
                    minY = Math.min(minY, py);
                    maxY = Math.max(maxY, py);
                    for (int dy = -1; dy <= 1; dy++) {
                        int ny = py + dy;
                        if (ny < y0 || ny >= y1) {
                            continue;
                        }
                        for (int dx = -1; dx <= 1; dx++) {
                            int nx = px + dx;
                            if (nx < x0 || nx >= x1) {
                                continue;
                            }
                            int q = ny * width + nx;
                            if (mask[q] != 0) {
                                mask[q] = 0;
                                if (top == stack.length) {
                                    stack = java.util.Arrays.copyOf(stack, top * 2);
                                }
                                stack[top++] = q;
                            }
                        }
                    }
                }
                if (count >= minArea) {
                    blobs.add(new Blob(java.util.Arrays.copyOf(members, count), minX, minY, maxX, maxY));
                }
            }
        }
        return blobs;
    }
}

package org.steadyhand.core;

/**
 * A grey-level picture, as the camera sources decode frames and the shot analysis reads them:
 * luminance 0 (black) to 255 (white), one byte per pixel, rows top to bottom, each row left to
 * right. The array is not copied (frames are large); whoever makes one hands it over and no longer
 * writes it, so an image is effectively immutable and safe to share between threads.
 *
 * @param width pixels per row, at least 1
 * @param height rows, at least 1
 * @param pixels {@code width * height} luminance bytes, read unsigned
 */
public record GreyImage(int width, int height, byte[] pixels) {
    public GreyImage {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image needs at least one pixel, got " + width + " x " + height);
        }
        if (pixels == null || pixels.length != (long) width * height) {
            throw new IllegalArgumentException("a " + width + " x " + height + " image needs " + (long) width * height
                    + " pixels, got " + (pixels == null ? 0 : pixels.length));
        }
    }

    /** Luminance 0..255 at column {@code x}, row {@code y}. */
    public int at(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }
}

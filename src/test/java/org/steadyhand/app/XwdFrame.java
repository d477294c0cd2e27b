package org.steadyhand.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the screen of an Xvfb server started with {@code -fbdir}: the file {@code Xvfb_screen0} is
 * the live framebuffer in X Window Dump (XWD version 7) format, so a test can take screenshots of
 * a real X display without any extra tools.
 */
final class XwdFrame {
    final int width;
    final int height;
    final int[] rgb;

    private XwdFrame(int width, int height, int[] rgb) {
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    static XwdFrame read(Path file) throws IOException {
        ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.BIG_ENDIAN);
        int headerSize = data.getInt(0);
        int version = data.getInt(4);
        if (version != 7) {
            throw new IOException("not an XWD version 7 file: " + file);
        }
        int width = data.getInt(16);
        int height = data.getInt(20);
        int byteOrder = data.getInt(28);
        int bitsPerPixel = data.getInt(44);
        int bytesPerLine = data.getInt(48);
        int redMask = data.getInt(56);
        int greenMask = data.getInt(60);
        int blueMask = data.getInt(64);
        int colours = data.getInt(76);
        if (bitsPerPixel != 32) {
            throw new IOException("expected a 24-bit screen stored as 32 bits per pixel, got " + bitsPerPixel);
        }
        int pixels = headerSize + colours * 12;
        data.order(byteOrder == 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int[] rgb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int value = data.getInt(pixels + y * bytesPerLine + x * 4);
                int r = channel(value, redMask);
                int g = channel(value, greenMask);
                int b = channel(value, blueMask);
                rgb[y * width + x] = (r << 16) | (g << 8) | b;
            }
        }
        return new XwdFrame(width, height, rgb);
    }

    private static int channel(int value, int mask) {
        return (value & mask) >>> Integer.numberOfTrailingZeros(mask);
    }

    /** Number of distinct colours: a blank screen has one, a drawn window many. */
    long distinctColours() {
        return java.util.Arrays.stream(rgb).distinct().count();
    }

    long pixelsDifferingFrom(XwdFrame other) {
        long differing = 0;
        for (int i = 0; i < rgb.length; i++) {
            if (rgb[i] != other.rgb[i]) {
                differing++;
            }
        }
        return differing;
    }

    void writePng(Path target) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, rgb, 0, width);
        Files.createDirectories(target.getParent());
        javax.imageio.ImageIO.write(image, "png", target.toFile());
    }
}

package org.steadyhand.device.camera;

import org.steadyhand.core.GreyImage;

/**
 * The orientation a phone writes into a JPEG's EXIF block instead of turning the pixels (Exif 2.3,
 * tag 0x0112 in IFD0: 1 upright, 3 upside down, 6 to be turned 90° clockwise, 8 90° anticlockwise,
 * 2/4/5/7 the mirrored variants). The JDK's ImageIO ignores it, so a photograph taken with the
 * phone held sideways would come out turned and every shot's x and y with it. Reading is lenient:
 * anything that is not a well-formed EXIF orientation counts as upright. Stateless; thread-safe.
 */
final class ExifOrientation {
    static final int UPRIGHT = 1;

    private static final int TAG_ORIENTATION = 0x0112;
    private static final int TYPE_SHORT = 3;

    private ExifOrientation() {}

    /** The orientation 1..8 recorded in {@code jpeg}, or {@link #UPRIGHT} when there is none. */
    static int of(byte[] jpeg) {
        if (jpeg.length < 4 || u8(jpeg, 0) != 0xFF || u8(jpeg, 1) != 0xD8) {
            return UPRIGHT;
        }
        int at = 2;
        while (at + 4 <= jpeg.length && u8(jpeg, at) == 0xFF) {
            int marker = u8(jpeg, at + 1);
            if (marker == 0xDA || marker == 0xD9) {
                return UPRIGHT; // image data or its end: no EXIF before it
            }
            int length = (u8(jpeg, at + 2) << 8) | u8(jpeg, at + 3);
            if (length < 2 || at + 2 + length > jpeg.length) {
                return UPRIGHT;
            }
            if (marker == 0xE1 && isExif(jpeg, at + 4, length - 2)) {
                return fromTiff(jpeg, at + 10, at + 2 + length);
            }
            at += 2 + length;
        }
        return UPRIGHT;
    }

    /** {@code image} turned and mirrored as {@code orientation} says, so that it stands upright. */
    static GreyImage upright(GreyImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.width();
        int h = image.height();
        boolean swaps = orientation >= 5;
        int outW = swaps ? h : w;
        int outH = swaps ? w : h;
        byte[] in = image.pixels();
        byte[] out = new byte[in.length];
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> {
                        sx = w - 1 - x;
                        sy = y;
                    }
                    case 3 -> {
                        sx = w - 1 - x;
                        sy = h - 1 - y;
                    }
                    case 4 -> {
                        sx = x;
                        sy = h - 1 - y;
                    }
                    case 5 -> {
                        sx = y;
                        sy = x;
                    }
                    case 6 -> {
                        sx = y;
                        sy = h - 1 - x;
                    }
                    case 7 -> {
                        sx = w - 1 - y;
                        sy = h - 1 - x;
                    }
                    default -> { // 8
                        sx = w - 1 - y;
                        sy = x;
                    }
                }
                out[y * outW + x] = in[sy * w + sx];
            }
        }
        return new GreyImage(outW, outH, out);
    }

    private static boolean isExif(byte[] b, int at, int length) {
        return length >= 14
                && b[at] == 'E'
                && b[at + 1] == 'x'
                && b[at + 2] == 'i'
                && b[at + 3] == 'f'
                && b[at + 4] == 0
                && b[at + 5] == 0;
    }

    /** Reads tag 0x0112 from IFD0 of the TIFF structure at {@code tiff}, which ends before {@code end}. */
    private static int fromTiff(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return UPRIGHT;
        }
        boolean little;
        if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            little = true;
        } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            little = false;
        } else {
            return UPRIGHT;
        }
        if (u16(b, tiff + 2, little) != 42) {
            return UPRIGHT;
        }
        long ifd = tiff + u32(b, tiff + 4, little);
        if (ifd + 2 > end) {
            return UPRIGHT;
        }
        int entries = u16(b, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            long entry = ifd + 2 + 12L * i;
            if (entry + 12 > end) {
                return UPRIGHT;
            }
            int e = (int) entry;
            if (u16(b, e, little) == TAG_ORIENTATION) {
                int value = u16(b, e + 8, little);
                return u16(b, e + 2, little) == TYPE_SHORT && value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    private static int u8(byte[] b, int at) {
        return b[at] & 0xFF;
    }

    private static int u16(byte[] b, int at, boolean little) {
        return little ? u8(b, at) | (u8(b, at + 1) << 8) : (u8(b, at) << 8) | u8(b, at + 1);
    }

    private static long u32(byte[] b, int at, boolean little) {
        long lo = u16(b, at, little);
        long hi = u16(b, at + 2, little);
        return little ? lo | (hi << 16) : (lo << 16) | hi;
    }
}

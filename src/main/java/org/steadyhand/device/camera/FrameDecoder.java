package org.steadyhand.device.camera;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.GreyImage;

/**
 * Decodes a camera frame or a photograph (JPEG, PNG, anything the JDK's ImageIO reads) into the
 * {@link GreyImage} the shot analysis reads: luminance {@code 0.299 R + 0.587 G + 0.114 B}
 * (ITU-R BT.601, as JPEG's own Y), grey images taken as they are, turned upright as a phone's EXIF
 * orientation says ({@link ExifOrientation}). Stateless; thread-safe.
 */
public final class FrameDecoder {
    private FrameDecoder() {}

    /**
     * @param what names the data in the error message, e.g. the file or the camera
     * @throws BadInputException when the bytes are empty or not an image
     */
    public static GreyImage decode(byte[] bytes, String what) {
        if (bytes.length == 0) {
            throw new BadInputException(what + " is empty, not an image");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(what + " is not a readable image: " + e.getMessage(), e);
        }
        if (image == null) {
            throw new BadInputException(what + " is not a JPEG or PNG image");
        }
        return ExifOrientation.upright(grey(image), ExifOrientation.of(bytes));
    }

    static GreyImage grey(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getData().length == w * h) {
            return new GreyImage(w, h, buffer.getData().clone());
        }
        byte[] px = new byte[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int rgb = row[x];
                int lum = (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF) + 500) / 1000;
                px[y * w + x] = (byte) lum;
            }
        }
        return new GreyImage(w, h, px);
    }
}

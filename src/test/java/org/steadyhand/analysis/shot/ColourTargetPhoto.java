package org.steadyhand.analysis.shot;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A colour JPEG of a rendered target ({@link TargetPhotoRenderer}) as a phone writes one: paper
 * slightly yellowish (the tint grows with the reflectance, so black ink stays neutral), warm
 * light, each channel blurred, given noise and clipped on its own (a warm light on white paper
 * clips red first), then JPEG with the encoder's chroma subsampling. Deterministic.
 */
public final class ColourTargetPhoto {
    /** Paper tint and light colour, per channel R, G, B. */
    public record Tint(double[] paper, double[] light) {
        /** Ivory paper under a warm (about 3500 K) lamp. */
        public static final Tint WARM = new Tint(new double[] {1.0, 0.97, 0.85}, new double[] {1.12, 1.0, 0.78});
    }

    private ColourTargetPhoto() {}

    /** The photograph as JPEG file bytes. */
    public static byte[] jpeg(
            TargetType face,
            double cardMm,
            TargetPhotoRenderer.Print print,
            TargetPhotoRenderer.Camera cam,
            TargetPhotoRenderer.Light light,
            Tint tint,
            List<TargetPhotoRenderer.Hole> holes,
            long seed) {
        int w = cam.width();
        int h = cam.height();
        TargetPhotoRenderer.Exposure e = TargetPhotoRenderer.expose(face, cardMm, print, cam, light, holes);
        int[] rgb = new int[w * h];
        Random noise = new Random(seed);
        for (int channel = 0; channel < 3; channel++) {
            double[] img = new double[w * h];
            for (int i = 0; i < img.length; i++) {
                double s = Math.min(1, e.scene()[i] / TargetPhotoRenderer.PAPER);
                double paper = 1 - s + s * tint.paper()[channel];
                img[i] = 255 * (e.scene()[i] * paper * e.lit()[i] * tint.light()[channel] + e.glare()[i]);
            }
            img = TargetPhotoRenderer.blur(img, w, h, light.blurSigmaPixels());
            for (int i = 0; i < img.length; i++) {
                long v = Math.round(img[i] + light.noiseLevels() * noise.nextGaussian());
                rgb[i] |= (int) Math.max(0, Math.min(255, v)) << (16 - 8 * channel);
            }
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, w, h, rgb, 0, w);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(light.jpegQuality());
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            writer.dispose();
            return bytes.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}

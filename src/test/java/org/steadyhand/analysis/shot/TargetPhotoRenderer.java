package org.steadyhand.analysis.shot;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
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
import org.steadyhand.core.GreyImage;

/**
 * Renders photographs of a paper target with holes at known positions, for testing the shot
 * analysis on data whose truth is known: a card on a dark backstop with the face's rings and black
 * aiming mark (DOMAIN.md sizes), holes showing the backing, seen by a camera with a given scale,
 * rotation and keystone perspective, lit with an exposure, a lighting gradient, vignetting and an
 * optional soft shadow or glare spot, then blurred, given sensor noise and JPEG compressed. A
 * scene may add what real printed cards carry ({@link Print}): ring numbers, header, scoring box,
 * corner marks. Anti-aliased by 2 x 2 supersampling. Deterministic for a given scene and seed.
 */
public final class TargetPhotoRenderer {
    /** Printed ring line width, mm. */
    private static final double LINE_MM = 0.2;

    public static final double PAPER = 0.92;
    static final double BLACK = 0.07;
    private static final double BACKSTOP = 0.22;

    private TargetPhotoRenderer() {}

    /** How the camera sees the card. */
    public record Camera(
            int width,
            int height,
            double centreX,
            double centreY,
            double pixelsPerMm,
            double rotationDegrees,
            double keystoneX,
            double keystoneY) {
        /** Target mm (x right, y up) to pixel {column, row}. */
        double[] toPixel(double xMm, double yMm) {
            double a = Math.toRadians(rotationDegrees);
            double qx = pixelsPerMm * (Math.cos(a) * xMm + Math.sin(a) * yMm);
            double qy = pixelsPerMm * (Math.sin(a) * xMm - Math.cos(a) * yMm);
            double k = 1 + keystoneX * qx + keystoneY * qy;
            return new double[] {centreX + qx / k, centreY + qy / k};
        }

        /** Pixel {column, row} to target mm. */
        double[] toTarget(double column, double row) {
            double px = column - centreX;
            double py = row - centreY;
            double k = 1 / (1 - keystoneX * px - keystoneY * py);
            double qx = px * k / pixelsPerMm;
            double qy = py * k / pixelsPerMm;
            double a = Math.toRadians(rotationDegrees);
            return new double[] {Math.cos(a) * qx + Math.sin(a) * qy, Math.sin(a) * qx - Math.cos(a) * qy};
        }
    }

    /** The light on the card and what the camera adds. */
    public record Light(
            double exposure,
            double gradient,
            double gradientAngleDegrees,
            double vignette,
            double shadowDepth,
            double shadowX,
            double shadowY,
            double shadowSigmaPixels,
            double glare,
            double blurSigmaPixels,
            double noiseLevels,
            float jpegQuality) {}

    /** A hole: centre in target mm and the grey of the backing seen through it. */
    public record Hole(double xMm, double yMm, double backing) {}

    /**
     * What is printed on the card besides the rings and the mark ({@link PrintedMarks}): the ring
     * numbers, and the card's header, scoring box and corner marks.
     */
    public record Print(boolean numerals, boolean cardMarks) {
        /** Rings and mark only, as the first rendered tests drew them. */
        public static final Print NONE = new Print(false, false);
        /** Everything a real printed ISSF card carries. */
        public static final Print REAL = new Print(true, true);
    }

    /** A card with rings and mark only ({@link Print#NONE}). */
    public static GreyImage render(
            TargetType face, double cardMm, Camera cam, Light light, List<Hole> holes, long seed) {
        return render(face, cardMm, Print.NONE, cam, light, holes, seed);
    }

    public static GreyImage render(
            TargetType face, double cardMm, Print print, Camera cam, Light light, List<Hole> holes, long seed) {
        int w = cam.width();
        int h = cam.height();
        Exposure e = expose(face, cardMm, print, cam, light, holes);
        double[] img = new double[w * h];
        for (int i = 0; i < img.length; i++) {
            img[i] = 255 * (e.scene()[i] * e.lit()[i] + e.glare()[i]);
        }
        img = blur(img, w, h, light.blurSigmaPixels());
        Random noise = new Random(seed);
        byte[] px = new byte[w * h];
        for (int i = 0; i < px.length; i++) {
            double v = img[i] + light.noiseLevels() * noise.nextGaussian();
            px[i] = (byte) Math.max(0, Math.min(255, Math.round(v)));
        }
        return jpeg(new GreyImage(w, h, px), light.jpegQuality());
    }

    /**
     * Per pixel: the card's mean reflectance over the 2 x 2 samples (paper about 0.92), the light
     * falling on it (exposure, gradient, vignetting, shadow) and the glare added on top.
     */
    public record Exposure(double[] scene, double[] lit, double[] glare) {}

    public static Exposure expose(
            TargetType face, double cardMm, Print print, Camera cam, Light light, List<Hole> holes) {
        int w = cam.width();
        int h = cam.height();
        double[] scene = new double[w * h];
        double[] lit = new double[w * h];
        double[] glare = new double[w * h];
        double r = face.calibreMm() / 2;
        double ga = Math.toRadians(light.gradientAngleDegrees());
        PrintedMarks marks = new PrintedMarks(face, cardMm, print.numerals(), print.cardMarks(), BLACK, PAPER);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sum = 0;
                for (int s = 0; s < 4; s++) {
                    double[] t = cam.toTarget(x + 0.25 + 0.5 * (s & 1), y + 0.25 + 0.5 * (s >> 1));
                    sum += scene(face, cardMm, marks, t[0], t[1], holes, r);
                }
                double dx = (x - w / 2.0) / w;
                double dy = (y - h / 2.0) / h;
                double l = light.exposure()
                        * (1 + light.gradient() * (dx * Math.cos(ga) + dy * Math.sin(ga)))
                        * (1 - light.vignette() * (dx * dx + dy * dy) * 2);
                double sx = x - light.shadowX();
                double sy = y - light.shadowY();
                double sigma2 = 2 * light.shadowSigmaPixels() * light.shadowSigmaPixels();
                l *= 1 - light.shadowDepth() * Math.exp(-(sx * sx + sy * sy) / sigma2);
                scene[y * w + x] = sum / 4;
                lit[y * w + x] = l;
                glare[y * w + x] = light.glare() * Math.exp(-(sx * sx + sy * sy) / (sigma2 / 16));
            }
        }
        return new Exposure(scene, lit, glare);
    }

    private static double scene(
            TargetType face, double cardMm, PrintedMarks marks, double x, double y, List<Hole> holes, double r) {
        for (Hole hole : holes) {
            double dx = x - hole.xMm();
            double dy = y - hole.yMm();
            if (dx * dx + dy * dy <= r * r) {
                return hole.backing();
            }
        }
        if (Math.abs(x) > cardMm / 2 || Math.abs(y) > cardMm / 2) {
            return BACKSTOP * (1 + 0.1 * Math.sin(x * 0.3) * Math.cos(y * 0.23));
        }
        double ink = marks.ink(x, y);
        if (!Double.isNaN(ink)) {
            return ink;
        }
        double radius = Math.hypot(x, y);
        boolean inBlack = radius <= face.blackDiameterMm() / 2;
        for (int ring = 1; ring <= 10; ring++) {
            // ISSF ring sizes are to the outer edge of the line: the line lies inside its radius.
            if (radius <= face.ringRadiusMm(ring) && radius > face.ringRadiusMm(ring) - LINE_MM) {
                // Lines in the black are white, except where the black's own edge is the line.
                boolean whiteLine = face.ringRadiusMm(ring) < face.blackDiameterMm() / 2 - LINE_MM / 2;
                return whiteLine ? PAPER : BLACK;
            }
        }
        if (face == TargetType.AIR_RIFLE_10M && radius < face.ringRadiusMm(10)) {
            return PAPER; // the white ten dot
        }
        return inBlack ? BLACK : PAPER;
    }

    public static double[] blur(double[] in, int w, int h, double sigma) {
        if (sigma <= 0) {
            return in;
        }
        int reach = (int) Math.ceil(3 * sigma);
        double[] kernel = new double[2 * reach + 1];
        double total = 0;
        for (int i = -reach; i <= reach; i++) {
            kernel[i + reach] = Math.exp(-i * i / (2 * sigma * sigma));
            total += kernel[i + reach];
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= total;
        }
        double[] tmp = new double[in.length];
        double[] out = new double[in.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double s = 0;
                for (int k = -reach; k <= reach; k++) {
                    s += kernel[k + reach] * in[y * w + Math.min(w - 1, Math.max(0, x + k))];
                }
                tmp[y * w + x] = s;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double s = 0;
                for (int k = -reach; k <= reach; k++) {
                    s += kernel[k + reach] * tmp[Math.min(h - 1, Math.max(0, y + k)) * w + x];
                }
                out[y * w + x] = s;
            }
        }
        return out;
    }

    /** Encodes as JPEG at {@code quality} (0..1) and decodes again: the compression's artefacts. */
    static GreyImage jpeg(GreyImage image, float quality) {
        if (quality >= 1) {
            return image;
        }
        try {
            BufferedImage buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
            buffered.getRaster().setDataElements(0, 0, image.width(), image.height(), image.pixels());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(buffered, null, null), param);
            }
            writer.dispose();
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
            byte[] px = new byte[image.width() * image.height()];
            decoded.getRaster().getDataElements(0, 0, image.width(), image.height(), px);
            return new GreyImage(image.width(), image.height(), px);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

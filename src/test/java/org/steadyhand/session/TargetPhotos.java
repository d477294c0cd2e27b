package org.steadyhand.session;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.steadyhand.analysis.shot.TargetPhotoRenderer;
import org.steadyhand.analysis.shot.TargetType;
import org.steadyhand.core.GreyImage;

/** JPEG files of a rendered 10 m air rifle target with holes at known positions, as a camera sends them. */
final class TargetPhotos {
    private static final TargetPhotoRenderer.Camera CAMERA =
            new TargetPhotoRenderer.Camera(800, 600, 390, 310, 6.2, -4, 0, 0);
    private static final TargetPhotoRenderer.Light LIGHT =
            new TargetPhotoRenderer.Light(0.9, 0.2, 60, 0.1, 0, 0, 0, 200, 0, 1.0, 2.0, 0.9f);

    /** Where the test shots go, mm from the centre, x right, y up. */
    static final List<TargetPhotoRenderer.Hole> HOLES = List.of(
            new TargetPhotoRenderer.Hole(1.0, -1.5, 0.4),
            new TargetPhotoRenderer.Hole(-7.0, 6.0, 0.45),
            new TargetPhotoRenderer.Hole(12.0, 3.0, 0.4));

    private TargetPhotos() {}

    /** The target after the first {@code shots} of {@link #HOLES}, as JPEG bytes. */
    static byte[] afterShots(int shots) {
        GreyImage image = TargetPhotoRenderer.render(
                TargetType.AIR_RIFLE_10M, 80, CAMERA, LIGHT, HOLES.subList(0, shots), 1000 + shots);
        BufferedImage buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
        buffered.getRaster().setDataElements(0, 0, image.width(), image.height(), image.pixels());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.95f);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(buffered, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}

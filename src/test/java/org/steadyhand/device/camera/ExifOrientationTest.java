package org.steadyhand.device.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.steadyhand.core.GreyImage;

/**
 * Photographs with an EXIF orientation come out upright: JPEGs written by Pillow with each of the
 * eight orientations (and one big-endian EXIF block), compared with where Pillow's own {@code
 * exif_transpose} puts two marks (exif/make_exif_reference.py).
 */
class ExifOrientationTest {
    private static final String FOLDER = "exif/";

    @Test
    void everyOrientationComesOutAsPillowTurnsIt() throws IOException {
        List<String> rows = new String(resource("expected.csv"), StandardCharsets.US_ASCII)
                .lines()
                .skip(1)
                .toList();
        assertThat(rows).hasSize(9);
        for (String row : rows) {
            String[] f = row.split(",");
            byte[] jpeg = resource(f[0]);
            assertThat(ExifOrientation.of(jpeg)).as(f[0]).isEqualTo(Integer.parseInt(f[1]));

            GreyImage upright = FrameDecoder.decode(jpeg, f[0]);

            assertThat(upright.width()).as(f[0]).isEqualTo(Integer.parseInt(f[2]));
            assertThat(upright.height()).as(f[0]).isEqualTo(Integer.parseInt(f[3]));
            double[] white = centroid(upright, 200, 256);
            double[] grey = centroid(upright, 90, 170);
            assertThat(white[0]).as(f[0] + " white mark x").isCloseTo(Double.parseDouble(f[4]), within(0.5));
            assertThat(white[1]).as(f[0] + " white mark y").isCloseTo(Double.parseDouble(f[5]), within(0.5));
            assertThat(grey[0]).as(f[0] + " grey mark x").isCloseTo(Double.parseDouble(f[6]), within(0.5));
            assertThat(grey[1]).as(f[0] + " grey mark y").isCloseTo(Double.parseDouble(f[7]), within(0.5));
        }
    }

    @Test
    void aJpegWithoutExifOrNotAJpegIsUpright() throws IOException {
        assertThat(ExifOrientation.of(new byte[0])).isEqualTo(ExifOrientation.UPRIGHT);
        assertThat(ExifOrientation.of("not a jpeg".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(ExifOrientation.UPRIGHT);
        byte[] withExif = resource("orientation-6.jpg");
        // The same photograph with its EXIF block's type byte broken: no longer read as EXIF.
        byte[] broken = withExif.clone();
        int exif = indexOf(broken, "Exif".getBytes(StandardCharsets.US_ASCII));
        broken[exif] = 'X';
        assertThat(ExifOrientation.of(broken)).isEqualTo(ExifOrientation.UPRIGHT);
    }

    @Test
    void truncatedOrCorruptedHeadersNeverThrowAndGiveAValidOrientation() throws IOException {
        byte[] jpeg = resource("orientation-6-big-endian.jpg");
        for (int length = 0; length <= Math.min(jpeg.length, 200); length++) {
            int orientation = ExifOrientation.of(Arrays.copyOf(jpeg, length));
            assertThat(orientation).as("first %d bytes", length).isBetween(1, 8);
        }
        Random random = new Random(7);
        for (int trial = 0; trial < 20_000; trial++) {
            byte[] mutated = jpeg.clone();
            for (int k = 0; k < 3; k++) {
                mutated[2 + random.nextInt(60)] = (byte) random.nextInt(256);
            }
            assertThat(ExifOrientation.of(mutated)).isBetween(1, 8);
        }
    }

    private static double[] centroid(GreyImage image, int fromGrey, int belowGrey) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int v = image.at(x, y);
                if (v >= fromGrey && v < belowGrey) {
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        assertThat(n).as("pixels of the mark").isGreaterThan(20);
        return new double[] {sx / n, sy / n};
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ExifOrientationTest.class.getResourceAsStream(FOLDER + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}

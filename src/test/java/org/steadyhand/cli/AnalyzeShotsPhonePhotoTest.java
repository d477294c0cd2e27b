package org.steadyhand.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.analysis.shot.ColourTargetPhoto;
import org.steadyhand.analysis.shot.TargetPhotoRenderer;
import org.steadyhand.analysis.shot.TargetType;

/**
 * {@code steadyhand analyze shots --image ...} on what a phone writes: 4032 x 3024 colour JPEGs of
 * a printed air rifle card (ring numbers, header, box; ivory paper under a warm lamp, red
 * clipping on the paper, a phone's blur), one shot on a printed number.
 */
class AnalyzeShotsPhonePhotoTest {
    private static final TargetPhotoRenderer.Camera PHONE =
            new TargetPhotoRenderer.Camera(4032, 3024, 2050, 1480, 0.75 * 3024 / 80, 5, 3e-6, -2e-6);
    private static final TargetPhotoRenderer.Light LIGHT =
            new TargetPhotoRenderer.Light(0.98, 0.25, 120, 0.15, 0, 0, 0, 800, 0, 2.5, 2.0, 0.9f);

    @TempDir
    Path folder;

    @Test
    void colourPhonePhotographsAreScored() throws Exception {
        List<TargetPhotoRenderer.Hole> holes = new ArrayList<>();
        String ref = write("ref.jpg", holes, 1);
        holes.add(new TargetPhotoRenderer.Hole(1.0, -1.5, 0.4));
        holes.add(new TargetPhotoRenderer.Hole(-0.2, 6.6, 0.45)); // on the printed 7 above the centre
        String next = write("next.jpg", holes, 2);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = new SteadyhandCli(dataFolder -> {
                    throw new AssertionError("analyze needs no database");
                })
                .run(
                        new String[] {
                            "analyze", "shots", "--target", "air-rifle-10m", "--image", ref, "--image", next, "--json"
                        },
                        new PrintWriter(out, true),
                        new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        JsonNode shots = new ObjectMapper().readTree(out.toString()).get("shots");
        assertThat(shots).as(out.toString()).hasSize(2);
        JsonNode first = shots.get(0).get("y_mm").asDouble() < 0 ? shots.get(0) : shots.get(1);
        JsonNode second = first == shots.get(0) ? shots.get(1) : shots.get(0);
        assertThat(first.get("x_mm").asDouble()).isCloseTo(1.0, within(0.02));
        assertThat(first.get("y_mm").asDouble()).isCloseTo(-1.5, within(0.02));
        assertThat(second.get("x_mm").asDouble()).isCloseTo(-0.2, within(0.02));
        assertThat(second.get("y_mm").asDouble()).isCloseTo(6.6, within(0.02));
        // r = 1.80 mm: 10.2; r = 6.60 mm: 8.3 (freETarget's decimal, DOMAIN.md)
        assertThat(first.get("decimal").asDouble()).isEqualTo(10.2);
        assertThat(second.get("decimal").asDouble()).isEqualTo(8.3);
    }

    private String write(String name, List<TargetPhotoRenderer.Hole> holes, long seed) throws Exception {
        Path file = folder.resolve(name);
        Files.write(
                file,
                ColourTargetPhoto.jpeg(
                        TargetType.AIR_RIFLE_10M,
                        80,
                        TargetPhotoRenderer.Print.REAL,
                        PHONE,
                        LIGHT,
                        ColourTargetPhoto.Tint.WARM,
                        holes,
                        seed));
        return file.toString();
    }
}

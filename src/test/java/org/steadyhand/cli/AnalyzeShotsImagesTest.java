package org.steadyhand.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.analysis.shot.TargetPhotoRenderer;
import org.steadyhand.analysis.shot.TargetType;
import org.steadyhand.core.GreyImage;

/** {@code steadyhand analyze shots --image ...} on rendered photographs written as PNG and JPEG files. */
class AnalyzeShotsImagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TargetPhotoRenderer.Camera CAMERA =
            new TargetPhotoRenderer.Camera(800, 600, 390, 310, 6.2, -4, 0, 0);
    private static final TargetPhotoRenderer.Light LIGHT =
            new TargetPhotoRenderer.Light(0.9, 0.2, 60, 0.1, 0, 0, 0, 200, 0, 1.0, 2.0, 0.9f);

    @TempDir
    Path folder;

    private record Outcome(int exitCode, String out, String err) {}

    private Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new SteadyhandCli(dataFolder -> {
                    throw new AssertionError("analyze needs no database");
                })
                .run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void eachPhotographAfterTheFirstAddsTheShotsItShows() throws Exception {
        List<TargetPhotoRenderer.Hole> holes = new ArrayList<>();
        String ref = write("ref.png", holes, "png");
        holes.add(new TargetPhotoRenderer.Hole(1.0, -1.5, 0.4));
        String one = write("one.jpg", holes, "jpg");
        holes.add(new TargetPhotoRenderer.Hole(-7.0, 6.0, 0.45));
        holes.add(new TargetPhotoRenderer.Hole(12.0, 3.0, 0.4));
        String three = write("three.png", holes, "png");

        Outcome outcome = run(
                "analyze",
                "shots",
                "--target",
                "air-rifle-10m",
                "--image",
                ref,
                "--image",
                one,
                "--image",
                three,
                "--json");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        JsonNode m = JSON.readTree(outcome.out());
        JsonNode shots = m.get("shots");
        assertThat(shots).hasSize(3);
        assertThat(shots.get(0).get("x_mm").asDouble()).isCloseTo(1.0, within(0.3));
        assertThat(shots.get(0).get("y_mm").asDouble()).isCloseTo(-1.5, within(0.3));
        // r = 1.80 (10), 9.22 (7) and 12.37 (6) mm on the air rifle rings
        assertThat(shots.findValues("score").stream().map(JsonNode::asInt).toList())
                .containsExactlyInAnyOrder(10, 7, 6);
        assertThat(m.get("mean_radius_mm").asDouble()).isPositive();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", textBlock = """
            # reference content | message
            EMPTY | is empty, not an image
            TEXT  | is not a JPEG or PNG image
            GREY  | no air-rifle-10m target in view
            """)
    void aReferenceThatIsNoTargetPhotographIsBadInput(String kind, String message) throws Exception {
        Path ref = folder.resolve("ref.png");
        switch (kind) {
            case "EMPTY" -> Files.write(ref, new byte[0]);
            case "TEXT" -> Files.writeString(ref, "not a picture");
            default -> ImageIO.write(new BufferedImage(320, 240, BufferedImage.TYPE_BYTE_GRAY), "png", ref.toFile());
        }
        String next = write("next.png", List.of(), "png");

        Outcome outcome =
                run("analyze", "shots", "--target", "air-rifle-10m", "--image", ref.toString(), "--image", next);

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains(message);
        assertThat(outcome.out()).isEmpty();
    }

    @Test
    void anUnusablePhotographIsReportedAndAddsNoShots() throws Exception {
        String ref = write("ref.png", List.of(), "png");
        Path blank = folder.resolve("blank.png");
        ImageIO.write(new BufferedImage(800, 600, BufferedImage.TYPE_BYTE_GRAY), "png", blank.toFile());

        Outcome outcome = run(
                "analyze", "shots", "--target", "air-rifle-10m", "--image", ref, "--image", blank.toString(), "--json");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.err()).contains("blank.png not used: ");
        assertThat(JSON.readTree(outcome.out()).get("shot_count").asInt()).isZero();
    }

    private String write(String name, List<TargetPhotoRenderer.Hole> holes, String format) throws IOException {
        GreyImage image =
                TargetPhotoRenderer.render(TargetType.AIR_RIFLE_10M, 80, CAMERA, LIGHT, holes, name.hashCode());
        BufferedImage buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
        buffered.getRaster().setDataElements(0, 0, image.width(), image.height(), image.pixels());
        Path file = folder.resolve(name);
        ImageIO.write(buffered, format, file.toFile());
        return file.toString();
    }
}

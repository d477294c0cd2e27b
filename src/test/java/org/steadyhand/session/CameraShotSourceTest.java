package org.steadyhand.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.steadyhand.analysis.shot.TargetPhotoRenderer;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.SessionClock;
import org.steadyhand.core.Shot;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceSpec;
import org.steadyhand.device.camera.Backoff;

/**
 * Camera shot sources against real cameras stood in for by a local HTTP server (MJPEG stream and
 * snapshot URL) and a real folder, fed with rendered photographs of a target with known holes.
 */
class CameraShotSourceTest {
    private static final Backoff FAST = new Backoff(Duration.ofMillis(50), Duration.ofMillis(200));
    private static final ModuleCatalog MODULES = ModuleCatalog.builtIn();
    private static final byte[] JUNK = "<html>camera busy</html>".getBytes(StandardCharsets.US_ASCII);
    /** Photos after 0, 1, 2 and 3 shots. */
    private static final List<byte[]> PHOTOS = new ArrayList<>();

    private final List<HttpServer> servers = new ArrayList<>();
    private final CountDownLatch hangUp = new CountDownLatch(1);

    @BeforeAll
    static void renderPhotos() {
        for (int shots = 0; shots <= 3; shots++) {
            PHOTOS.add(TargetPhotos.afterShots(shots));
        }
    }

    @AfterEach
    void stopServers() {
        hangUp.countDown();
        servers.forEach(s -> s.stop(0));
    }

    @Test
    void mjpegStreamShotsArriveAtTheRenderedPositionsAndResumeAfterTheCameraComesBack() throws Exception {
        HttpServer first = mjpegServer(0, List.of(PHOTOS.get(0), PHOTOS.get(1), JUNK, PHOTOS.get(2)));
        int port = first.getAddress().getPort();
        String url = "http://127.0.0.1:" + port + "/stream";
        SourceEvents events = new SourceEvents();
        try (CameraShotSource source = open("camera:mjpeg:" + url, "air-rifle-10m")) {
            source.start(events);

            assertShotsAt(events.awaitShots(2), 0, 1);
            assertThat(events.all().getFirst())
                    .isInstanceOfSatisfying(
                            SourceEvent.Attached.class,
                            a -> assertThat(a.description()).contains(url));
            await(source::skippedFrames, 1);

            hangUp.countDown();
            first.stop(0);
            SourceEvent.Detached gone = (SourceEvent.Detached) events.awaitStatus(SourceEvent.Detached.class, 1);
            assertThat(gone.reason()).contains("camera " + url);

            mjpegServer(port, List.of(PHOTOS.get(2), PHOTOS.get(3)));
            events.awaitStatus(SourceEvent.Attached.class, 2);
            assertShotsAt(events.awaitShots(3), 0, 1, 2);
            await(source::analysedFrames, 5);
            assertThat(events.shots()).hasSize(3);
            assertThat(source.skippedFrames()).isEqualTo(1);
        }
    }

    @Test
    void snapshotUrlIsPolledAndABodyThatIsNotAnImageGivesNoShot() throws Exception {
        AtomicReference<byte[]> current = new AtomicReference<>(PHOTOS.get(0));
        AtomicInteger status = new AtomicInteger(200);
        HttpServer server = server(0);
        server.createContext("/snap.jpg", exchange -> {
            byte[] body = current.get();
            exchange.getResponseHeaders().add("Content-Type", body == JUNK ? "text/html" : "image/jpeg");
            exchange.sendResponseHeaders(status.get(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/snap.jpg";
        SourceEvents events = new SourceEvents();
        try (CameraShotSource source = open("camera:snapshot:" + url + "?fps=20", "air-rifle-10m")) {
            source.start(events);
            await(source::analysedFrames, 2);
            current.set(JUNK);
            await(source::skippedFrames, 1);
            current.set(PHOTOS.get(1));

            assertShotsAt(events.awaitShots(1), 0);
            long seen = source.analysedFrames();
            await(source::analysedFrames, seen + 3);
            assertThat(events.shots()).as("the same photo again is no new shot").hasSize(1);

            status.set(404);
            SourceEvent.Detached gone = (SourceEvent.Detached) events.awaitStatus(SourceEvent.Detached.class, 1);
            assertThat(gone.reason()).isEqualTo("camera " + url + " answered HTTP 404 Not Found; retrying");
            status.set(200);
            current.set(PHOTOS.get(2));
            events.awaitStatus(SourceEvent.Attached.class, 2);
            assertShotsAt(events.awaitShots(2), 0, 1);
        }
    }

    @Test
    void folderPhotosAreReadOnceFullyWrittenAndOldOnesAreIgnored(@TempDir Path root) throws Exception {
        Path folder = Files.createDirectory(root.resolve("camera"));
        Files.write(folder.resolve("old.jpg"), PHOTOS.get(3));
        SourceEvents events = new SourceEvents();
        try (CameraShotSource source = open("camera:folder:" + folder, "air-rifle-10m")) {
            source.start(events);
            events.awaitStatus(SourceEvent.Attached.class, 1);

            Files.write(folder.resolve("IMG_0001.jpg"), PHOTOS.get(0));
            await(source::analysedFrames, 1);
            Files.write(folder.resolve("IMG_0002.jpg"), JUNK);
            await(source::skippedFrames, 1);
            writeSlowly(folder.resolve("IMG_0003.jpg"), PHOTOS.get(1));
            assertShotsAt(events.awaitShots(1), 0);
            Files.write(folder.resolve("IMG_0004.jpg"), PHOTOS.get(2));
            assertShotsAt(events.awaitShots(2), 0, 1);
            await(source::analysedFrames, 3);
            assertThat(source.analysedFrames()).as("old.jpg not read").isEqualTo(3);
            assertThat(source.skippedFrames())
                    .as("a half-written file is not read")
                    .isEqualTo(1);

            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
            SourceEvent.Detached gone = (SourceEvent.Detached) events.awaitStatus(SourceEvent.Detached.class, 1);
            assertThat(gone.reason()).isEqualTo("camera folder " + folder + " is gone; retrying");
            Files.createDirectory(folder);
            events.awaitStatus(SourceEvent.Attached.class, 2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mjpeg", "snapshot"})
    void anUnreachableCameraIsReportedAndRetriedWithoutShots(String kind) throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/cam";
        SourceEvents events = new SourceEvents();
        try (CameraShotSource source = open("camera:" + kind + ":" + url, "air-rifle-10m")) {
            source.start(events);
            List<SourceEvent> tries = events.await(SourceEvent.Detached.class::isInstance, 3, Duration.ofSeconds(5));
            assertThat(tries)
                    .extracting(e -> ((SourceEvent.Detached) e).reason())
                    .containsOnly("camera " + url + " is unreachable (connection refused); retrying");
        }
        assertThat(events.all()).allMatch(SourceEvent.Detached.class::isInstance);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "camera:mjpeg:http://127.0.0.1:1/s?target=moon | air-rifle-10m | unknown target 'moon'",
                "camera:mjpeg:http://127.0.0.1:1/s              | anti-tremor   | module anti-tremor is not a shooting module",
                "camera:mjpeg:http://127.0.0.1:1/s              | ''            | no module chosen",
                "camera:mjpeg:http://127.0.0.1:1/s?fps=5        | air-rifle-10m | fps applies to camera:snapshot only",
                "camera:snapshot:http://127.0.0.1:1/s?fps=0     | air-rifle-10m | fps must be a number in (0, 100], got '0'",
                "camera:mjpeg:ftp://127.0.0.1/s                 | air-rifle-10m | must be an http:// or https:// URL",
                "camera:folder:/tmp/cam?speed=2                 | air-rifle-10m | unknown option 'speed'",
            })
    void unusableSpecsAreRejectedWithAPlainMessage(String spec, String module, String message) {
        assertThatThrownBy(() -> open(spec, module))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource({
        "camera:folder:/tmp/cam, air-pistol-10m, air-pistol-10m target",
        "camera:folder:/tmp/cam?target=rifle-50m, air-pistol-10m, rifle-50m target",
        "camera:folder:/tmp/cam?target=pistol-25m, anti-tremor, pistol-25m target",
    })
    void theTargetFaceComesFromTheOptionOrTheShootingModule(String spec, String module, String face, @TempDir Path dir)
            throws Exception {
        Path folder = dir.resolve("cam");
        Files.createDirectory(folder);
        SourceEvents events = new SourceEvents();
        try (CameraShotSource source = open(spec.replace("/tmp/cam", folder.toString()), module)) {
            source.start(events);
            SourceEvent.Attached attached = (SourceEvent.Attached) events.awaitStatus(SourceEvent.Attached.class, 1);
            assertThat(attached.description()).isEqualTo("camera folder " + folder + ", " + face);
        }
    }

    private static CameraShotSource open(String spec, String module) {
        return (CameraShotSource) new CameraShotSourceFactory(MODULES, FAST)
                .create(SourceSpec.parse(spec), new SourceContext(SessionClock.startNow(), module));
    }

    private static void assertShotsAt(List<Shot> shots, int... holes) {
        assertThat(shots).hasSize(holes.length);
        List<Shot> sorted = new ArrayList<>(shots);
        for (int i : holes) {
            TargetPhotoRenderer.Hole hole = TargetPhotos.HOLES.get(i);
            Shot nearest = sorted.stream()
                    .min((a, b) -> Double.compare(
                            Math.hypot(a.xMm() - hole.xMm(), a.yMm() - hole.yMm()),
                            Math.hypot(b.xMm() - hole.xMm(), b.yMm() - hole.yMm())))
                    .orElseThrow();
            assertThat(nearest.xMm()).as("x of shot %d in %s", i, shots).isCloseTo(hole.xMm(), within(0.5));
            assertThat(nearest.yMm()).as("y of shot %d in %s", i, shots).isCloseTo(hole.yMm(), within(0.5));
            sorted.remove(nearest);
        }
    }

    private static void await(LongSupplier count, long atLeast) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (count.getAsLong() < atLeast) {
            assertThat(System.nanoTime())
                    .as("waiting for a count of %d", atLeast)
                    .isLessThan(end);
            Thread.sleep(10);
        }
    }

    /** Writes a file in two halves with a pause, as a camera writing over a slow link does. */
    private static void writeSlowly(Path file, byte[] bytes) throws IOException, InterruptedException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
            Thread.sleep(60);
            out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
        }
    }

    private HttpServer server(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        servers.add(server);
        return server;
    }

    /**
     * Serves {@code parts} as one MJPEG stream, every other part without Content-Length, then keeps
     * the connection open until the test hangs up.
     */
    private HttpServer mjpegServer(int port, List<byte[]> parts) throws IOException {
        HttpServer server = server(port);
        server.createContext("/stream", exchange -> stream(exchange, parts));
        return server;
    }

    private void stream(HttpExchange exchange, List<byte[]> parts) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "multipart/x-mixed-replace; boundary=\"frame\"");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < parts.size(); i++) {
                byte[] part = parts.get(i);
                String headers = "--frame\r\nContent-Type: image/jpeg\r\n"
                        + (i % 2 == 0 ? "Content-Length: " + part.length + "\r\n" : "") + "\r\n";
                out.write(headers.getBytes(StandardCharsets.US_ASCII));
                out.write(Arrays.copyOf(part, part.length));
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            // A part without Content-Length ends where the next delimiter starts, as on a live stream.
            out.write("--frame\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            hangUp.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.steadyhand.device.hid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.analysis.tremor.TremorAnalyzer;
import org.steadyhand.analysis.tremor.TremorInput;
import org.steadyhand.analysis.tremor.TremorMetrics;
import org.steadyhand.analysis.tremor.TremorSettings;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.SessionClock;
import org.steadyhand.core.Unit;
import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceRegistry;
import org.steadyhand.pipeline.DeliveryPolicy;
import org.steadyhand.pipeline.Pipeline;

/**
 * A replayed pen recording drives the same pipeline as a live device (a {@link Pipeline} fed by a
 * source the registry opens from its spec), and the tremor analysis runs on its X / Y.
 */
class HidReplayPipelineTest {
    @TempDir
    Path folder;

    private final SourceRegistry registry = new SourceRegistry(List.of(new HidReplayFactory(), new HidSourceFactory()));

    /**
     * Everything a lossless pipeline subscriber received until the source ended. The subscriber
     * comes first, as the recorder does in a session, so a fast replay cannot finish before it.
     */
    private List<SourceEvent> replay(String spec) throws Exception {
        List<SourceEvent> events = new ArrayList<>();
        CountDownLatch ended = new CountDownLatch(1);
        Pipeline pipeline = new Pipeline();
        pipeline.subscribe("test", DeliveryPolicy.LOSSLESS, 100_000, event -> {
            synchronized (events) {
                events.add(event);
            }
            if (event instanceof SourceEvent.Detached || event instanceof SourceEvent.Failed) {
                ended.countDown();
            }
        });
        try (SampleSource source = registry.open(spec, new SourceContext(SessionClock.startNow(), "hold-still"))) {
            source.start(pipeline);
            assertThat(ended.await(30, TimeUnit.SECONDS)).isTrue();
        }
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    private static List<SampleBlock> blocks(List<SourceEvent> events, String channel) {
        return events.stream()
                .filter(e -> e instanceof SourceEvent.BlockReceived)
                .map(e -> ((SourceEvent.BlockReceived) e).block())
                .filter(b -> b.channel().name().equals(channel))
                .toList();
    }

    private static double[] concat(List<SampleBlock> blocks) {
        return blocks.stream()
                .flatMapToDouble(b -> java.util.Arrays.stream(b.values()))
                .toArray();
    }

    private static long[] times(List<SampleBlock> blocks) {
        return blocks.stream()
                .flatMapToLong(b -> java.util.Arrays.stream(b.timesNanos()))
                .toArray();
    }

    @Test
    void penPartnerRecordingReplaysAsAPenAndTremorAnalysisRunsOnItsPosition() throws Exception {
        Path file = SharedHidData.file(SharedHidData.PEN_PARTNER);

        List<SourceEvent> events = replay("hid-replay:" + file + "?pace=fast");

        assertThat(events.get(0))
                .isInstanceOfSatisfying(
                        SourceEvent.Attached.class,
                        a -> assertThat(a.channels())
                                .extracting(c -> c.name())
                                .containsExactly("tip_x", "tip_y", "tip_pressure", "in_range", "tip_switch"));
        assertThat(events.get(events.size() - 1)).isInstanceOf(SourceEvent.Detached.class);
        double[] x = concat(blocks(events, "tip_x"));
        double[] y = concat(blocks(events, "tip_y"));
        long[] t = times(blocks(events, "tip_x"));
        assertThat(x).hasSize(746); // the in-proximity pen reports of the 874
        assertThat(times(blocks(events, "tip_y"))).isEqualTo(t);
        assertThat(concat(blocks(events, "in_range"))).hasSize(757);
        assertThat(java.util.Arrays.stream(x).min().orElseThrow()).isEqualTo(1077 / 50.0);
        assertThat(java.util.Arrays.stream(x).max().orElseThrow()).isEqualTo(1912 / 50.0);
        assertThat(java.util.Arrays.stream(y).min().orElseThrow()).isEqualTo(512 / 50.0);
        assertThat(java.util.Arrays.stream(y).max().orElseThrow()).isEqualTo(1465 / 50.0);
        assertThat(t[t.length - 1] - t[0]).isBetween(9_000_000_000L, 13_000_000_000L);

        TremorMetrics metrics =
                TremorAnalyzer.analyze(TremorInput.timestamped(Unit.MILLIMETRE, t, x, y), TremorSettings.defaults());

        assertThat(metrics.segmentCount()).isPositive();
        assertThat(metrics.analysedSeconds()).isGreaterThan(2.0);
        assertThat(metrics.rmsMicrometres()).isFinite().isPositive();
        assertThat(metrics.stabilityScore()).isBetween(0.0, 100.0);
        assertThat(metrics.spectrum().frequenciesHz()).isNotEmpty();
    }

    @Test
    void realtimeReplayKeepsTheRecordedSpacing() throws Exception {
        Path file = Files.writeString(folder.resolve("pen.hid.txt"), """
                R: 110 05 01 09 02 a1 01 85 01 09 01 a1 00 05 09 19 01 29 03 15 00 25 01 95 03 75 01 81 02 95 01 75 05 81 01 05 01 09 30 09 31 09 38 15 81 25 7f 75 08 95 03 81 06 95 03 81 01 c0 c0 05 0d 09 01 a1 01 85 02 a1 00 06 00 ff 09 01 15 00 26 ff 00 75 08 95 07 81 02 c0 09 01 85 63 95 07 81 02 09 01 85 02 95 01 b1 02 09 01 85 03 95 01 b1 02 c0
                N: test pen
                I: 3 056a 0061
                E: 1.000000 8 02 90 e0 04 4c 04 00 00
                E: 1.020000 8 02 90 e1 04 4c 04 00 00
                E: 1.050000 8 02 91 e2 04 4c 04 10 00
                """);

        List<SourceEvent> events = replay("hid-replay:" + file);

        long[] t = times(blocks(events, "tip_x"));
        assertThat(t).hasSize(3);
        assertThat(t[1] - t[0]).isEqualTo(20_000_000L);
        assertThat(t[2] - t[1]).isEqualTo(30_000_000L);
        assertThat(blocks(events, "tip_x")).hasSize(3); // one block per report, as a live tablet sends
        assertThat(concat(blocks(events, "tip_switch"))).containsExactly(0.0, 0.0, 1.0);
    }

    @Test
    void aRecordingWithNothingToMapFails() throws Exception {
        Path file = SharedHidData.file(SharedHidData.ROLLER_MOUSE);

        List<SourceEvent> events = replay("hid-replay:" + file + "?pace=fast");

        assertThat(events)
                .last()
                .isInstanceOfSatisfying(
                        SourceEvent.Failed.class,
                        f -> assertThat(f.message()).contains("no reports Steadyhand can map"));
    }

    @Test
    void badReplaySpecsAreBadInput() {
        assertThatThrownBy(() -> replay("hid-replay:" + folder.resolve("missing.txt")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("cannot read HID recording");
        assertThatThrownBy(() -> replay("hid-replay:x.txt?pace=slow"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("pace must be realtime or fast");
    }
}

package org.steadyhand.ui.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steadyhand.core.Channel;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.Unit;
import org.steadyhand.device.SourceEvent;

class SourcePreviewTest {
    private static final Channel FORCE = new Channel("tip_force", Unit.MILLINEWTON, 100);
    private static final String SPEC = "serial:imada:/dev/ttyUSB0";

    private static SourceEvent block(long firstMillis, double... values) {
        return new SourceEvent.BlockReceived(
                SPEC, SampleBlock.regular(FORCE, firstMillis * 1_000_000L, 10_000_000L, values));
    }

    @Test
    void keepsTheLastSecondOfEachChannelAndCountsReadings() {
        SourcePreview preview = new SourcePreview();
        preview.sourceEventReceived(new SourceEvent.Attached(SPEC, "Imada gauge", List.of(FORCE)));
        double[] first = new double[100];
        java.util.Arrays.fill(first, 1.0);
        preview.sourceEventReceived(block(0, first)); // 0 .. 990 ms
        preview.sourceEventReceived(block(1000, 2.0, 3.0)); // 1000, 1010 ms

        SourcePreview.Snapshot snapshot = preview.snapshot();

        assertThat(snapshot.status()).isEqualTo(new SourceStatus(SourceStatus.State.ATTACHED, "Imada gauge"));
        assertThat(snapshot.readings()).isEqualTo(102);
        ChannelSnapshot force = snapshot.channels().getFirst();
        assertThat(force.latestRaw()).contains(3.0);
        // samples from 10 ms (1010 − 1000) on: 99 ones, then 2 and 3
        assertThat(force.recentRaw()).hasSize(101);
        assertThat(force.recentRaw()[0]).isEqualTo(1.0);
        assertThat(force.recentRaw()[100]).isEqualTo(3.0);
    }

    @Test
    void detachAndFailureAreStatusProblemsWithTheirReason() {
        SourcePreview preview = new SourcePreview();
        preview.sourceEventReceived(new SourceEvent.Attached(SPEC, "Imada gauge", List.of(FORCE)));
        preview.sourceEventReceived(new SourceEvent.Detached(SPEC, "port /dev/ttyUSB0 went away"));

        assertThat(preview.snapshot().status().text()).isEqualTo("Detached: port /dev/ttyUSB0 went away");
        preview.sourceEventReceived(new SourceEvent.Failed(SPEC, "no such port"));

        assertThat(preview.snapshot().status().text()).isEqualTo("Failed: no such port");
        assertThat(preview.snapshot().statusProblems()).isEqualTo(2);
        assertThat(preview.snapshot().channels().getFirst().latestRaw()).isEmpty();
    }
}

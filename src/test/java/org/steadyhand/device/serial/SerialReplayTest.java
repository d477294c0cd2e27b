package org.steadyhand.device.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.analysis.hrv.HrvAnalyzer;
import org.steadyhand.analysis.hrv.HrvResult;
import org.steadyhand.analysis.hrv.HrvSettings;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.RrInterval;
import org.steadyhand.core.SessionClock;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceSpec;
import org.steadyhand.device.serial.protocol.SerialProtocols;

/** serial-replay sources: the real ANT capture through the same decoder and on into HRV. */
class SerialReplayTest {
    private static final long WAIT_MILLIS = 10_000;

    @TempDir
    Path folder;

    private final SerialReplayFactory factory = new SerialReplayFactory(SerialProtocols.all());

    private SerialReplaySource open(String spec) {
        return factory.create(SourceSpec.parse(spec), new SourceContext(SessionClock.startNow(), "hrm"));
    }

    @Test
    void theRealAntCaptureReplaysIntoHeartRateAndIntervalsThatFeedHrv() throws Exception {
        Path capture = SharedSerialData.file(SharedSerialData.ANT_HRM);
        SerialReplaySource source = open("serial-replay:ant:" + capture + "?pace=fast");
        EventLog log = new EventLog();

        source.start(log);
        log.awaitCount(SourceEvent.Detached.class, 1, WAIT_MILLIS);
        source.stop();

        List<RrInterval> rr =
                log.timedEvents().stream().map(RrInterval.class::cast).toList();
        assertThat(rr).hasSize(128);
        assertThat(log.sampleCount()).isEqualTo(344);
        assertThat(source.counts().readings()).isEqualTo(344);
        // Beat times follow the capture's own clock: 128 beats in the 85 s of pages.
        assertThat(rr.getLast().atNanos() - rr.getFirst().atNanos()).isBetween(80_000_000_000L, 86_000_000_000L);
        HrvResult hrv = HrvAnalyzer.analyze(
                rr.stream().mapToDouble(RrInterval::millis).toArray(), HrvSettings.kubiosComparison());
        assertThat(hrv.outOfRangeCount()).isZero();
        assertThat(hrv.timeDomain().meanHrBpm()).isBetween(80.0, 111.0);
    }

    @Test
    void aCaptureWithTextWhereHexBelongsIsBadInputNamingTheLine() throws Exception {
        Path capture = Files.writeString(folder.resolve("bad.log"), "# header\n0.0 RX a4 01\n0.1 RX zz\n");

        assertThatThrownBy(() -> open("serial-replay:ant:" + capture))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("'zz' is not a hex byte");
    }

    @Test
    void anEmptyCaptureIsBadInput() throws Exception {
        Path capture = Files.writeString(folder.resolve("empty.log"), "# nothing\n");

        assertThatThrownBy(() -> open("serial-replay:cms50d:" + capture))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("holds no transfers");
    }

    @Test
    void anUnknownProtocolNamesTheKnownOnes() {
        assertThatThrownBy(() -> open("serial-replay:polar:/tmp/x.log"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("known protocols: ant, cms50d");
    }
}

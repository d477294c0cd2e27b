package org.steadyhand.device.serial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.steadyhand.core.RrInterval;
import org.steadyhand.device.serial.protocol.AntHeartRateProtocol;
import org.steadyhand.device.serial.protocol.AntMessages;
import org.steadyhand.device.serial.protocol.DecodeProblem;
import org.steadyhand.device.serial.protocol.DecoderCounters;
import org.steadyhand.device.serial.protocol.RecordingSink;
import org.steadyhand.device.serial.protocol.SerialDecoder;

/** The real ANTUSB2 heart-rate capture in ../shared/data/serial, decoded as the stick sent it. */
class AntCaptureTest {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    @Test
    void everyMessageExceptTheRedactedKeyHasAGoodChecksum() {
        CaptureLog log = CaptureLog.read(SharedSerialData.file(SharedSerialData.ANT_HRM));
        int verified = 0;
        int redacted = 0;
        for (CaptureLog.Transfer t : log.transfers()) {
            if (t.redacted()) {
                redacted++;
                assertThat(t.bytes()[2] & 0xFF).isEqualTo(AntMessages.SET_NETWORK_KEY);
                continue;
            }
            byte[] b = t.bytes();
            int total = (b[1] & 0xFF) + 4;
            // Host-to-stick transfers carry two zero padding bytes after the message.
            assertThat(b.length).isEqualTo(t.received() ? total : total + 2);
            assertThat(b[total - 1]).as("line %d", t.line()).isEqualTo(AntMessages.checksum(b, 0, total - 1));
            verified++;
        }
        assertThat(redacted).isEqualTo(3);
        assertThat(verified).isEqualTo(log.transfers().size() - 3);
    }

    @Test
    void everyDataPageIsAcceptedAndNothingElseIsDropped() throws IOException {
        RecordingSink sink = new RecordingSink();
        DecoderCounters.Snapshot counts = decode(sink);

        JsonNode summary = new ObjectMapper()
                .readTree(
                        SharedSerialData.file(SharedSerialData.ANT_HRM_SUMMARY).toFile());
        int pages = 0;
        for (JsonNode n : summary.get("broadcast_data_0x4E_by_page")) {
            pages += n.asInt();
        }
        assertThat(pages).isEqualTo(344);
        assertThat(counts.readings()).isEqualTo(pages);
        assertThat(counts.problem(DecodeProblem.BAD_CHECKSUM)).isZero();
        assertThat(counts.problem(DecodeProblem.GARBAGE)).isZero();
        assertThat(counts.problem(DecodeProblem.MALFORMED)).isZero();
        assertThat(counts.problem(DecodeProblem.UNSUPPORTED)).isZero();
        // Three "receive failed" events from the stick: pages the radio missed.
        assertThat(counts.problem(DecodeProblem.LOST_FRAMES)).isEqualTo(3);
        double[] hr = sink.channel(0);
        assertThat(Arrays.stream(hr).min().orElseThrow())
                .isEqualTo(summary.get("hr_bpm_min").asDouble());
        assertThat(Arrays.stream(hr).max().orElseThrow())
                .isEqualTo(summary.get("hr_bpm_max").asDouble());
    }

    @Test
    void everyBeatBecomesAnIntervalConsistentWithTheStrapsHeartRate() {
        RecordingSink sink = new RecordingSink();
        decode(sink);
        List<RrInterval> rr = sink.events().stream().map(RrInterval.class::cast).toList();

        // Beat count 45 at the first page, 173 (after one roll-over-free run) at the last: 128 beats.
        assertThat(rr).hasSize(128);
        // The first interval: event times 22062 → 22617 ticks of 1/1024 s.
        assertThat(rr.get(0).millis()).isEqualTo((22617 - 22062) * 1000.0 / 1024);
        assertThat(rr.get(rr.size() - 1).millis()).isEqualTo((43919 - 43265) * 1000.0 / 1024);
        // The strap's byte 7 is its own running average: 8-beat means agree within 12%, 5% on average.
        Map<Long, Double> hrAt = new TreeMap<>();
        for (RecordingSink.Reading r : sink.readings()) {
            hrAt.put(r.timeNanos(), r.values()[0]);
        }
        double sumError = 0;
        int windows = 0;
        for (int i = 7; i < rr.size(); i++) {
            double mean = 0;
            for (int k = i - 7; k <= i; k++) {
                mean += rr.get(k).millis() / 8;
            }
            double strap = hrAt.get(rr.get(i).atNanos());
            double error = Math.abs(60_000 / mean - strap) / strap;
            assertThat(error).as("beat %d", i).isLessThan(0.12);
            sumError += error;
            windows++;
        }
        assertThat(sumError / windows).isLessThan(0.05);
    }

    private static DecoderCounters.Snapshot decode(RecordingSink sink) {
        CaptureLog log = CaptureLog.read(SharedSerialData.file(SharedSerialData.ANT_HRM));
        SerialDecoder decoder = new AntHeartRateProtocol().newDecoder(sink);
        for (CaptureLog.Transfer t : log.received()) {
            decoder.accept(t.bytes(), 0, t.bytes().length, Math.round(t.seconds() * NANOS_PER_SECOND));
        }
        return decoder.counters().snapshot();
    }
}

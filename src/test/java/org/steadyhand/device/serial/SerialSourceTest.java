package org.steadyhand.device.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.Channel;
import org.steadyhand.core.DataGap;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.SessionClock;
import org.steadyhand.core.Unit;
import org.steadyhand.device.DeviceException;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceSpec;
import org.steadyhand.device.serial.protocol.DecodeProblem;

/** The serial source through real pseudo-terminals, with the test line protocol. */
class SerialSourceTest {
    private static final long WAIT_MILLIS = 5_000;

    @TempDir
    Path folder;

    private final SessionClock clock = SessionClock.startNow();
    private VirtualSerialPort port;
    private SerialSource source;

    @AfterEach
    void tearDown() {
        if (source != null) {
            source.stop();
        }
        if (port != null) {
            port.close();
        }
    }

    private SerialSource open(CountingLineProtocol protocol, String query) {
        port = VirtualSerialPort.pluggedInAt(folder.resolve("ttyTEST"));
        SerialSourceFactory factory = SerialSourceFactory.of(List.of(protocol));
        String spec = "serial:" + protocol.name() + ":" + port.path() + query;
        return factory.create(SourceSpec.parse(spec), new SourceContext(clock, "forceps"));
    }

    private static byte[] lines(long firstSeq, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            out.writeBytes(CountingLineProtocol.line(firstSeq + i, firstSeq + i + 0.25));
        }
        return out.toByteArray();
    }

    @Test
    void readingsArriveAsMilliNewtonBlocksStampedWithTheReceiveTime() throws Exception {
        source = open(CountingLineProtocol.streaming(), "");
        EventLog log = new EventLog();
        source.start(log);
        long before = clock.nowNanos();

        for (int i = 0; i < 50; i++) {
            port.terminal().write(CountingLineProtocol.line(i, i * 10.0 + 0.5));
            Thread.sleep(2);
        }
        log.awaitSamples(50, WAIT_MILLIS);
        long after = clock.nowNanos();

        SourceEvent.Attached attached = (SourceEvent.Attached) log.events().getFirst();
        assertThat(attached.description()).contains("counting", port.path(), "115200 8N1");
        assertThat(attached.channels()).containsExactly(CountingLineProtocol.FORCE);
        assertThat(log.blocks()).allSatisfy(block -> {
            assertThat(block.channel().unit()).isEqualTo(Unit.MILLINEWTON);
            assertThat(block.size()).isLessThanOrEqualTo(ReadingBatcher.MAX_BLOCK_SAMPLES);
        });
        double[] values = log.values();
        assertThat(values).hasSize(50);
        for (int i = 0; i < 50; i++) {
            assertThat(values[i]).isEqualTo(i * 10.0 + 0.5);
        }
        long[] times = log.times();
        assertThat(times[0]).isBetween(before, after);
        assertThat(times[49]).isBetween(times[0] + 49 * 1_000_000L, after);
        assertThat(source.status().readings()).isEqualTo(50);
    }

    @Test
    void lineSettingsComeFromTheSpecOverTheProtocolDefaults() throws Exception {
        source = open(CountingLineProtocol.streaming(), "?baud=9600&parity=even&stop_bits=2&data_bits=7");
        EventLog log = new EventLog();
        source.start(log);

        log.awaitCount(SourceEvent.Attached.class, 1, WAIT_MILLIS);

        assertThat(log.all(SourceEvent.Attached.class).getFirst().description()).contains("9600 7E2");
    }

    @Test
    void garbageTruncatedAndOverlongLinesAreCountedAndTheStreamGoesOn() throws Exception {
        source = open(CountingLineProtocol.streaming(), "");
        EventLog log = new EventLog();
        source.start(log);
        byte[] noise = new byte[2000];
        new SplittableRandom(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = noise[i] == '\n' || noise[i] == '\r' ? (byte) 'x' : noise[i];
        }

        port.terminal().write(lines(0, 10));
        port.terminal().write("\n12 3.".getBytes(StandardCharsets.US_ASCII)); // truncated, then noise
        port.terminal().write(noise);
        port.terminal().write("\n1x 2\n".getBytes(StandardCharsets.US_ASCII));
        port.terminal().write(lines(10, 10));
        log.awaitSamples(20, WAIT_MILLIS);

        assertThat(log.values()).hasSize(20).startsWith(0.25, 1.25).endsWith(19.25);
        SerialSourceStatus status = source.status();
        assertThat(status.problem(DecodeProblem.OVERLONG)).isEqualTo(1);
        assertThat(status.problem(DecodeProblem.MALFORMED)).isEqualTo(1);
        assertThat(status.problem(DecodeProblem.LOST_FRAMES)).isZero();
        assertThat(status.bytes()).isGreaterThan(2000);
        assertThat(log.all(SourceEvent.Failed.class)).isEmpty();
    }

    @Test
    void unplugDetachesAndReplugAtTheSamePathReconnectsWithAGapEvent() throws Exception {
        source = open(CountingLineProtocol.streaming(), "");
        EventLog log = new EventLog();
        source.start(log);
        port.terminal().write(lines(0, 20));
        log.awaitSamples(20, WAIT_MILLIS);
        long lastBefore = log.times()[19];

        port.terminal().write("20 9".getBytes(StandardCharsets.US_ASCII)); // the peer dies mid-line
        port.unplug();
        log.awaitCount(SourceEvent.Detached.class, 1, WAIT_MILLIS);
        Thread.sleep(300);
        long pluggedAt = System.nanoTime();
        port.plugIn();
        log.awaitCount(SourceEvent.Attached.class, 2, WAIT_MILLIS);
        long reconnectNanos = log.arrivalNanos(log.events().size() - 1) - pluggedAt;
        port.terminal().write(lines(21, 5));
        log.awaitSamples(25, WAIT_MILLIS);

        assertThat(reconnectNanos).as("reconnect time").isLessThan(2_000_000_000L);
        List<DataGap> gaps = log.timedEvents().stream().map(DataGap.class::cast).toList();
        assertThat(gaps).hasSize(1);
        long firstAfter = log.times()[20];
        assertThat(gaps.getFirst().atNanos()).isEqualTo(lastBefore);
        assertThat(gaps.getFirst().endNanos()).isEqualTo(firstAfter);
        assertThat(gaps.getFirst().reason()).isEqualTo("disconnected");
        assertThat(log.values()).hasSize(25).startsWith(0.25).endsWith(25.25);
        SerialSourceStatus status = source.status();
        assertThat(status.reconnects()).isEqualTo(1);
        assertThat(status.attached()).isTrue();
        assertThat(status.problem(DecodeProblem.MALFORMED))
                .as("the half line before the unplug is not glued to the first after")
                .isZero();
        assertThat(log.all(SourceEvent.Detached.class).getFirst().reason()).contains(port.path());
    }

    @Test
    void thePollCommandIsSentRepeatedlyAndEachAnswerIsARead() throws Exception {
        source = open(CountingLineProtocol.polledWith("?\r", 20_000_000L), "");
        EventLog log = new EventLog();
        source.start(log);
        PseudoTerminal instrument = port.terminal();
        byte[] request = new byte[64];
        int answered = 0;
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (answered < 10 && System.currentTimeMillis() < deadline) {
            int n = instrument.read(request, 100);
            for (int i = 0; i + 1 < n; i += 2) {
                assertThat(new String(request, i, 2, StandardCharsets.US_ASCII)).isEqualTo("?\r");
                instrument.write(CountingLineProtocol.line(answered, 100 + answered));
                answered++;
            }
        }
        log.awaitSamples(10, WAIT_MILLIS);

        assertThat(answered).isGreaterThanOrEqualTo(10);
        assertThat(log.values()).startsWith(100, 101, 102);
    }

    @Test
    void startFailsWithAPlainMessageWhenThePortIsMissing() {
        SerialSourceFactory factory = SerialSourceFactory.of(List.of(CountingLineProtocol.streaming()));
        String missing = folder.resolve("ttyNONE").toString();
        source = factory.create(SourceSpec.parse("serial:counting:" + missing), new SourceContext(clock, ""));

        assertThatThrownBy(() -> source.start(new EventLog()))
                .isInstanceOf(DeviceException.class)
                .hasMessage(
                        "serial port " + missing
                                + " was not found; check that the instrument is plugged in ('steadyhand devices' lists the ports)");
    }

    @Test
    void stopIsIdempotentAndLeavesNoThreadBehind() throws Exception {
        source = open(CountingLineProtocol.polledWith("?", 5_000_000L), "");
        EventLog log = new EventLog();
        source.start(log);
        log.awaitCount(SourceEvent.Attached.class, 1, WAIT_MILLIS);

        source.stop();
        source.stop();
        int eventsAtStop = log.events().size();
        port.terminal().write(lines(0, 5));
        Thread.sleep(100);

        assertThat(Thread.getAllStackTraces().keySet())
                .extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("serial-"));
        assertThat(log.events()).hasSize(eventsAtStop);
        assertThat(source.status().attached()).isFalse();
    }

    @Test
    void unknownProtocolIsBadInputListingTheKnownOnes() {
        SerialSourceFactory factory = SerialSourceFactory.of(List.of(CountingLineProtocol.streaming()));

        assertThatThrownBy(() ->
                        factory.create(SourceSpec.parse("serial:mark11:/dev/ttyUSB0"), new SourceContext(clock, "")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("source 'serial:mark11:/dev/ttyUSB0': unknown serial protocol 'mark11'; known protocols:"
                        + " counting");
    }

    @Test
    void renamedChannelsCarryTheNewName() throws Exception {
        source = open(CountingLineProtocol.streaming(), "?rename=tip_force:tip_force_2");
        EventLog log = new EventLog();
        source.start(log);
        port.terminal().write(lines(0, 3));
        log.awaitSamples(3, WAIT_MILLIS);

        assertThat(log.blocks())
                .extracting(SampleBlock::channel)
                .allSatisfy(channel -> assertThat(channel.name()).isEqualTo("tip_force_2"));
        assertThat(source.channels()).extracting(Channel::name).containsExactly("tip_force_2");
    }
}

package org.steadyhand.device.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.RrInterval;
import org.steadyhand.core.SessionClock;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceSpec;
import org.steadyhand.device.serial.protocol.AntHeartRateProtocol;
import org.steadyhand.device.serial.protocol.AntMessages;
import org.steadyhand.device.serial.protocol.AntPages;
import org.steadyhand.device.serial.protocol.StartCommand;

/** An ANT stick emulated on a pty: set-up on every connect, pages in, intervals out. */
class AntSourceTest {
    private static final long WAIT_MILLIS = 5_000;
    /** A made-up key for tests; the real ANT+ key is never in the repository. */
    private static final String TEST_KEY = "0102030405060708";

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

    private SerialSource open(String query) {
        port = VirtualSerialPort.pluggedInAt(folder.resolve("ttyANT"));
        SerialSourceFactory factory = SerialSourceFactory.of(List.of(new AntHeartRateProtocol()));
        return factory.create(SourceSpec.parse("serial:ant:" + port.path() + query), new SourceContext(clock, "hrm"));
    }

    private static byte[] expectedSetUp() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (StartCommand c : AntMessages.heartRateSetUp(java.util.Map.of("network_key", TEST_KEY))) {
            out.writeBytes(c.bytes());
        }
        return out.toByteArray();
    }

    private byte[] readFromStick(int count) throws InterruptedException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        byte[] buffer = new byte[256];
        while (got.size() < count && System.currentTimeMillis() < deadline) {
            int n = port.terminal().read(buffer, 100);
            if (n > 0) {
                got.write(buffer, 0, n);
            }
        }
        return got.toByteArray();
    }

    @Test
    void setUpIsSentOnConnectAndPagesBecomeIntervals() throws Exception {
        source = open("?network_key=" + TEST_KEY);
        EventLog log = new EventLog();
        source.start(log);
        byte[] setUp = expectedSetUp();

        assertThat(readFromStick(setUp.length)).isEqualTo(setUp);
        port.terminal().write(AntMessages.message(AntMessages.CHANNEL_EVENT, 0, AntMessages.OPEN_CHANNEL, 0));
        port.terminal().write(AntPages.broadcast(AntPages.page4(1000, 2000, 10, 60)));
        port.terminal().write(AntPages.broadcast(AntPages.page4(2000, 3024, 11, 60)));
        log.awaitCount(SourceEvent.EventReceived.class, 1, WAIT_MILLIS);

        RrInterval rr = (RrInterval) log.timedEvents().getFirst();
        assertThat(rr.millis()).isEqualTo(1000.0);
        assertThat(source.status().toString()).doesNotContain(TEST_KEY);
    }

    @Test
    void setUpIsSentAgainAfterAReplug() throws Exception {
        source = open("?network_key=" + TEST_KEY);
        EventLog log = new EventLog();
        source.start(log);
        byte[] setUp = expectedSetUp();
        assertThat(readFromStick(setUp.length)).isEqualTo(setUp);

        port.unplug();
        log.awaitCount(SourceEvent.Detached.class, 1, WAIT_MILLIS);
        port.plugIn();
        log.awaitCount(SourceEvent.Attached.class, 2, WAIT_MILLIS);

        assertThat(readFromStick(setUp.length)).isEqualTo(setUp);
    }

    @Test
    void theSpecTextHidesTheNetworkKey() {
        source = open("?network_key=" + TEST_KEY + "&baud=57600");

        assertThat(source.spec()).doesNotContain(TEST_KEY).contains("network_key=***", "baud=57600");
    }

    @Test
    void aMissingKeyRefusesToStartWithAPlainMessage() {
        assertThatThrownBy(() -> open(""))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("network key")
                .hasMessageContaining("network_key=");
    }

    @Test
    void aMalformedKeyIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> open("?network_key=B9A5SECRET"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("16 hex digits")
                .hasMessageNotContaining("B9A5SECRET");
    }
}

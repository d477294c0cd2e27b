package org.steadyhand.device.serial.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Cms50dProtocolTest {
    private final RecordingSink sink = new RecordingSink();
    private final SerialDecoder decoder = new Cms50dProtocol().newDecoder(sink);

    private void feed(byte[] bytes) {
        decoder.accept(bytes, 0, bytes.length, 42);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # pulse bpm, SpO2 %, pleth byte
            72,  98, 50
            127, 95, 0
            128, 97, 100
            200, 88, 33
            """)
    void decodesPulseRateWithItsHighBitSpo2AndPleth(int pulse, int spo2, int pleth) {
        feed(Cms50dPackets.packet(pulse, spo2, pleth));

        assertThat(sink.readings()).hasSize(1);
        assertThat(sink.readings().getFirst().values()).containsExactly(pulse, spo2, pleth / 100.0);
        assertThat(sink.readings().getFirst().timeNanos()).isEqualTo(42);
    }

    @Test
    void lineSettingsAre19200EightOddOne() {
        SerialSettings s = new Cms50dProtocol().defaultSettings();

        assertThat(s).isEqualTo(new SerialSettings(19_200, 8, SerialSettings.Parity.ODD, 1));
    }

    @Test
    void fingerOutGivesNoPulseOrSpo2Number() {
        feed(Cms50dPackets.fingerOut());

        double[] values = sink.readings().getFirst().values();
        assertThat(values[0]).isNaN();
        assertThat(values[1]).isNaN();
        assertThat(values[2]).isZero();
    }

    @Test
    void aPacketCutByTheNextSyncIsGarbageAndTheNextDecodes() {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.write(0x33); // noise before any sync
        stream.write(Cms50dPackets.packet(60, 99, 10), 0, 3);
        stream.writeBytes(Cms50dPackets.packet(61, 98, 11));

        feed(stream.toByteArray());

        assertThat(sink.channel(0)).containsExactly(61);
        assertThat(decoder.counters().snapshot().problem(DecodeProblem.GARBAGE)).isEqualTo(4);
    }

    @Test
    void packetsSplitAnywhereAcrossReadsAreJoined() {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (int i = 0; i < 10; i++) {
            stream.writeBytes(Cms50dPackets.packet(60 + i, 97, i));
        }
        byte[] all = stream.toByteArray();

        for (int i = 0; i < all.length; i += 3) {
            decoder.accept(all, i, Math.min(3, all.length - i), i);
        }

        assertThat(sink.channel(0)).containsExactly(60, 61, 62, 63, 64, 65, 66, 67, 68, 69);
        assertThat(decoder.counters().snapshot().problems()).isEmpty();
    }
}

package org.steadyhand.device.serial.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.steadyhand.core.Shot;

/**
 * A million mutated frames or lines per decoder (bit flips, inserted, deleted and random bytes,
 * truncations), fed in random-sized pieces: no exception, every byte counted, and a good frame or
 * line afterwards is still decoded. Seeded, so a failure repeats. The timeout only guards against
 * a hang.
 */
class DecoderFuzzTest {
    private static final int UNITS = 1_000_000;
    private static final long MILLISECOND = 1_000_000L;

    static Stream<Arguments> decoders() {
        return Stream.of(
                Arguments.of(
                        new SteadyhandFirmwareProtocol(),
                        new byte[][] {
                            FirmwareFrames.stream(1, 7, 1000, 0),
                            FirmwareFrames.frame(8, 2000, -5_000, new int[] {1, -2, 8192}, new int[] {-7, 0, 3})
                        },
                        FirmwareFrames.frame(9, 3000, 1_234_000, new int[3], new int[3])),
                Arguments.of(
                        new Mark10Protocol(),
                        new byte[][] {Mark10Replies.newtons(4.285), Mark10Replies.reply("-18.78", "lbF")},
                        Mark10Replies.reply("1.234", "N")),
                Arguments.of(
                        new ImadaProtocol(),
                        new byte[][] {ImadaReplies.newtons(12.5), ImadaReplies.reply("-0.25", 'N', 'P', 'H')},
                        ImadaReplies.reply("+1.234", 'N', 'T', 'O')),
                Arguments.of(
                        new FreeTargetProtocol(),
                        new byte[][] {FreeTargetLines.shot(1, 12.3, -4.5), FreeTargetLines.miss(2)},
                        FreeTargetLines.shot(3, 1234.0, 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decoders")
    void survivesAMillionMutatedUnitsAndStillDecodesAGoodOneAfter(
            SerialProtocol protocol, byte[][] corpus, byte[] finalGood) {
        RecordingSink.Counting sink = new RecordingSink.Counting();
        SerialDecoder decoder = protocol.newDecoder(sink);
        SplittableRandom random = new SplittableRandom(20240611L);

        long fed = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> feedMutations(decoder, corpus, random));
        byte[] resync = FirmwareFrames.concat(new byte[] {'\r', '\n'}, finalGood, finalGood);
        long end = (UNITS + 1) * MILLISECOND;
        decoder.accept(resync, 0, resync.length, end);

        DecoderCounters.Snapshot counts = decoder.counters().snapshot();
        assertThat(counts.bytes()).isEqualTo(fed + resync.length);
        assertThat(counts.readings() + counts.events()).isGreaterThan(UNITS / 10);
        assertThat(counts.problems().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isGreaterThan(UNITS / 10);
        // the instrument's own clock may place its frame up to the drift bound before arrival
        assertThat(sink.lastTimeNanos).isBetween(end - DeviceClock.MAX_DRIFT_NANOS, end);
        if (protocol.channels().isEmpty()) {
            assertThat(((Shot) sink.lastEvent).xMm()).isEqualTo(1234.0);
        } else {
            assertThat(sink.lastValues[0]).isEqualTo(1234.0);
        }
    }

    private static long feedMutations(SerialDecoder decoder, byte[][] corpus, SplittableRandom random) {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream(1 << 16);
        long fed = 0;
        for (int unit = 0; unit < UNITS; unit++) {
            mutate(corpus[random.nextInt(corpus.length)], random, chunk);
            if (chunk.size() > 4096 || unit == UNITS - 1) {
                byte[] bytes = chunk.toByteArray();
                int at = 0;
                while (at < bytes.length) {
                    int piece = Math.min(bytes.length - at, 1 + random.nextInt(300));
                    decoder.accept(bytes, at, piece, unit * MILLISECOND);
                    at += piece;
                }
                fed += bytes.length;
                chunk.reset();
            }
        }
        return fed;
    }

    /** Writes {@code good} to {@code out} unchanged (a third of the time) or damaged one way. */
    private static void mutate(byte[] good, SplittableRandom random, ByteArrayOutputStream out) {
        byte[] unit = good.clone();
        int at = random.nextInt(unit.length);
        switch (random.nextInt(9)) {
            case 0, 1, 2 -> out.writeBytes(unit);
            case 3 -> { // bit flip
                unit[at] ^= (byte) (1 << random.nextInt(8));
                out.writeBytes(unit);
            }
            case 4 -> { // inserted byte
                out.write(unit, 0, at);
                out.write(random.nextInt(256));
                out.write(unit, at, unit.length - at);
            }
            case 5 -> { // deleted byte
                out.write(unit, 0, at);
                out.write(unit, at + 1, unit.length - at - 1);
            }
            case 6 -> out.write(unit, 0, at); // truncated
            case 7 -> { // random bytes
                int n = 1 + random.nextInt(40);
                for (int i = 0; i < n; i++) {
                    out.write(random.nextInt(256));
                }
            }
            default -> { // random byte overwritten
                unit[at] = (byte) random.nextInt(256);
                out.writeBytes(unit);
            }
        }
    }
}

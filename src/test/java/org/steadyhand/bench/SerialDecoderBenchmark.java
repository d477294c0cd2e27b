package org.steadyhand.bench;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.steadyhand.core.TimedEvent;
import org.steadyhand.device.serial.protocol.DecodeProblem;
import org.steadyhand.device.serial.protocol.DecodeSink;
import org.steadyhand.device.serial.protocol.FirmwareFrames;
import org.steadyhand.device.serial.protocol.FreeTargetLines;
import org.steadyhand.device.serial.protocol.ImadaReplies;
import org.steadyhand.device.serial.protocol.Mark10Replies;
import org.steadyhand.device.serial.protocol.SerialDecoder;
import org.steadyhand.device.serial.protocol.SerialProtocols;

/**
 * Decoding speed per protocol: a pre-built buffer of {@value #UNITS} good frames or lines (varied
 * values) fed to a fresh decoder in 4 KiB reads, as a serial link would. The score is frames or
 * lines per second (one operation = one frame or line). Run with {@code bin/jmh
 * SerialDecoderBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class SerialDecoderBenchmark {
    static final int UNITS = 100_000;
    private static final int READ_BYTES = 4096;

    @Param({"steadyhand", "mark10", "imada", "freetarget"})
    public String protocol;

    private byte[] stream;

    @Setup(Level.Trial)
    public void setUp() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < UNITS; i++) {
            double newtons = (i % 2000 - 1000) / 123.0;
            out.writeBytes(
                    switch (protocol) {
                        case "steadyhand" ->
                            FirmwareFrames.frame(
                                    i & 0xFFFF, 1000L * i, i * 7, new int[] {i % 100, -i % 50, 8192}, new int[] {
                                        3, -4, i % 77
                                    });
                        case "mark10" -> Mark10Replies.newtons(newtons);
                        case "imada" -> ImadaReplies.newtons(newtons);
                        case "freetarget" -> FreeTargetLines.shot(i, newtons, -newtons / 2);
                        default -> throw new IllegalArgumentException(protocol);
                    });
        }
        stream = out.toByteArray();
    }

    @Benchmark
    @OperationsPerInvocation(UNITS)
    public void decode(Blackhole blackhole) {
        SerialDecoder decoder = SerialProtocols.byName(protocol).newDecoder(new DecodeSink() {
            @Override
            public void reading(long timeNanos, double[] values) {
                blackhole.consume(values[0]);
            }

            @Override
            public void event(TimedEvent event) {
                blackhole.consume(event);
            }

            @Override
            public void problem(DecodeProblem kind, String detail) {
                throw new IllegalStateException("benchmark input must be good: " + detail);
            }
        });
        for (int at = 0; at < stream.length; at += READ_BYTES) {
            decoder.accept(stream, at, Math.min(READ_BYTES, stream.length - at), at);
        }
        blackhole.consume(decoder.counters().snapshot().readings());
    }
}

package org.steadyhand.bench;

import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.steadyhand.device.hid.HidRecording;
import org.steadyhand.device.hid.descriptor.DescriptorParser;
import org.steadyhand.device.hid.descriptor.ParseResult;
import org.steadyhand.device.hid.descriptor.ReportDecoder;
import org.steadyhand.device.hid.descriptor.ReportDescriptor;
import org.steadyhand.device.hid.descriptor.ReportValues;
import org.steadyhand.device.hid.mapping.UsageMapper;

/**
 * Pen reports per second: decoding the Wacom Inkling's 10-byte pen report (13 fields: X, Y, 8
 * switches, pressure, 2 tilts) and the AES pen's 18-byte report into logical and physical values,
 * and mapping an Inkling report to channels (tip_x mm, pressure, tilt...). 1024 random valid
 * reports are cycled so nothing folds to a constant. Target: at least 5 million reports/s. Reads
 * the descriptors from ../shared/data/hid; run from the repository root with {@code bin/jmh
 * HidDecodeBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class HidDecodeBenchmark {
    private static final Path DATA = Path.of("..", "shared", "data", "hid");
    private static final int REPORTS = 1024;

    private ReportDecoder inkling;
    private ReportDecoder aes;
    private UsageMapper inklingMapper;
    private ReportValues inklingValues;
    private ReportValues aesValues;
    private double[] channels;
    private byte[][] inklingReports;
    private byte[][] aesReports;
    private int next;

    private static ReportDescriptor descriptor(String file) {
        ParseResult result =
                DescriptorParser.parse(HidRecording.read(DATA.resolve(file)).descriptor());
        return ((ParseResult.Parsed) result).descriptor();
    }

    private static byte[][] reports(int id, int length, SplittableRandom random) {
        byte[][] reports = new byte[REPORTS][length];
        for (byte[] report : reports) {
            random.nextBytes(report);
            report[0] = (byte) id;
        }
        return reports;
    }

    @Setup(Level.Trial)
    public void setUp() {
        ReportDescriptor inklingDescriptor = descriptor("wacom_inkling_mdp123_056a_0221.hid.txt");
        inkling = new ReportDecoder(inklingDescriptor);
        aes = new ReportDecoder(descriptor("wacom_aes_pen_thinkpad_x1yoga3_056a_5148.hid.txt"));
        inklingMapper = new UsageMapper(inklingDescriptor, 125);
        inklingValues = inkling.newValues();
        aesValues = aes.newValues();
        channels = new double[inklingMapper.channels().size()];
        SplittableRandom random = new SplittableRandom(7);
        inklingReports = reports(2, 10, random);
        aesReports = reports(6, 18, random);
    }

    @Benchmark
    public double decodeInklingPenReport() {
        byte[] report = inklingReports[next++ & (REPORTS - 1)];
        inkling.decodeInto(report, report.length, inklingValues);
        return inklingValues.physical(0);
    }

    @Benchmark
    public double decodeAesPenReport() {
        byte[] report = aesReports[next++ & (REPORTS - 1)];
        aes.decodeInto(report, report.length, aesValues);
        return aesValues.physical(7);
    }

    @Benchmark
    public double mapInklingPenReportToChannels() {
        byte[] report = inklingReports[next++ & (REPORTS - 1)];
        inklingMapper.map(report, report.length, channels);
        return channels[0];
    }
}

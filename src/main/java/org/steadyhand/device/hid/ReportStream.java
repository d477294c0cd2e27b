package org.steadyhand.device.hid;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.core.Channel;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceListener;
import org.steadyhand.device.hid.mapping.ReportMapper;

/**
 * The path every HID report takes, live or replayed: map it to channel values and pack them into
 * one {@link SampleBlock} per channel. A channel's samples are kept while a report has a value for
 * it and sent when {@code maxBlockSamples} are pending or on {@link #flush}. Reports the mapper
 * rejects are counted and skipped (the first one and every 1000th logged); a sample whose time does
 * not follow its channel's last one is dropped and counted, since block times must increase.
 *
 * <p>Confined to the source's reading thread.
 */
final class ReportStream {
    private static final Logger LOG = LoggerFactory.getLogger(ReportStream.class);

    private final String source;
    private final ReportMapper mapper;
    private final SourceListener listener;
    private final List<Channel> channels;
    private final double[] row;
    private final long[][] times;
    private final double[][] values;
    private final int[] pending;
    private final long[] lastNanos;
    private long rejectedReports;
    private long droppedSamples;

    ReportStream(String source, ReportMapper mapper, SourceListener listener, int maxBlockSamples) {
        if (maxBlockSamples < 1) {
            throw new IllegalArgumentException("'maxBlockSamples' must be >= 1, got " + maxBlockSamples);
        }
        this.source = source;
        this.mapper = mapper;
        this.listener = listener;
        this.channels = mapper.channels();
        int n = channels.size();
        row = new double[n];
        times = new long[n][maxBlockSamples];
        values = new double[n][maxBlockSamples];
        pending = new int[n];
        lastNanos = new long[n];
        java.util.Arrays.fill(lastNanos, Long.MIN_VALUE);
    }

    /** Maps one report stamped {@code timeNanos} on the session clock. */
    void report(long timeNanos, byte[] bytes, int length) {
        if (!mapper.map(bytes, length, row)) {
            if (rejectedReports++ % 1000 == 0) {
                LOG.warn("{}: skipped a report: {} ({} so far)", source, mapper.rejection(), rejectedReports);
            }
            return;
        }
        for (int c = 0; c < row.length; c++) {
            if (Double.isNaN(row[c])) {
                continue;
            }
            if (timeNanos <= lastNanos[c]) {
                droppedSamples++;
                continue;
            }
            lastNanos[c] = timeNanos;
            times[c][pending[c]] = timeNanos;
            values[c][pending[c]] = row[c];
            if (++pending[c] == times[c].length) {
                send(c);
            }
        }
    }

    /** Sends every pending sample. */
    void flush() {
        for (int c = 0; c < pending.length; c++) {
            send(c);
        }
    }

    private void send(int c) {
        int n = pending[c];
        if (n == 0) {
            return;
        }
        pending[c] = 0;
        SampleBlock block = new SampleBlock(
                channels.get(c), java.util.Arrays.copyOf(times[c], n), java.util.Arrays.copyOf(values[c], n));
        listener.sourceEventReceived(new SourceEvent.BlockReceived(source, block));
    }

    long rejectedReports() {
        return rejectedReports;
    }

    long droppedSamples() {
        return droppedSamples;
    }
}

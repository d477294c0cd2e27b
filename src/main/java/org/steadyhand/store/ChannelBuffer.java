package org.steadyhand.store;

import java.util.Arrays;
import org.steadyhand.core.Channel;
import org.steadyhand.core.SampleBlock;

/** Samples of one channel received since the last commit; grows as needed, reused after commit. */
final class ChannelBuffer {
    final Channel channel;
    final int channelNo;
    boolean registered;
    int nextSeq;
    long[] times = new long[1024];
    double[] values = new double[1024];
    int size;

    ChannelBuffer(Channel channel, int channelNo) {
        this.channel = channel;
        this.channelNo = channelNo;
    }

    void append(SampleBlock block) {
        int n = block.size();
        if (size + n > times.length) {
            int capacity = Math.max(times.length * 2, size + n);
            times = Arrays.copyOf(times, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        System.arraycopy(block.timesNanos(), 0, times, size, n);
        System.arraycopy(block.values(), 0, values, size, n);
        size += n;
    }

    /** Samples per stored chunk: about one second at the nominal rate. */
    int samplesPerChunk() {
        return (int) Math.max(1, Math.min(1_000_000, Math.round(channel.nominalRateHz())));
    }
}

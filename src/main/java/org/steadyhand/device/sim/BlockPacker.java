package org.steadyhand.device.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.steadyhand.core.Channel;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.TimedEvent;
import org.steadyhand.device.SourceEvent;

/**
 * Runs a {@link RigModel} forward and packs its output into source events: one {@link SampleBlock}
 * per channel for each run of samples, then the discrete events that happened during it.
 *
 * <p>Sample k is stamped {@code startNanos + k * 1 ms} on the session clock, whatever the block
 * boundaries are. Owned by the rig's thread; not thread-safe.
 */
final class BlockPacker {
    private final RigModel model;
    private final List<Channel> channels;
    private final String source;
    private final long startNanos;
    private final double[] row;
    private final List<TimedEvent> pending = new ArrayList<>();
    private long nextSample;

    BlockPacker(RigModel model, String source, long startNanos) {
        this.model = model;
        this.channels = model.channels();
        this.source = source;
        this.startNanos = startNanos;
        this.row = new double[channels.size()];
    }

    /** Index of the next sample to be produced; also the number produced so far. */
    long nextSample() {
        return nextSample;
    }

    /** Produces the next {@code count} samples of every channel and hands them to {@code out}. */
    void emit(int count, Consumer<SourceEvent> out) {
        double[][] values = new double[channels.size()][count];
        for (int i = 0; i < count; i++) {
            model.step(row, pending::add);
            for (int c = 0; c < row.length; c++) {
                values[c][i] = row[c];
            }
        }
        long firstNanos = startNanos + nextSample * RigModel.SAMPLE_PERIOD_NANOS;
        nextSample += count;
        for (int c = 0; c < values.length; c++) {
            SampleBlock block =
                    SampleBlock.regular(channels.get(c), firstNanos, RigModel.SAMPLE_PERIOD_NANOS, values[c]);
            out.accept(new SourceEvent.BlockReceived(source, block));
        }
        for (TimedEvent event : pending) {
            out.accept(new SourceEvent.EventReceived(source, event.shiftedBy(startNanos)));
        }
        pending.clear();
    }
}

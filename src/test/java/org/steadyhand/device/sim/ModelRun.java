package org.steadyhand.device.sim;

import java.util.ArrayList;
import java.util.List;
import org.steadyhand.core.RrInterval;
import org.steadyhand.core.Shot;
import org.steadyhand.core.TimedEvent;

/** Output of a {@link RigModel} run for a number of samples, channel by channel, for analysis in tests. */
record ModelRun(double[][] channels, List<RrInterval> beats, List<Shot> shots) {
    static ModelRun of(long seed, Skill skill, SimTask task, double seconds) {
        RigModel model = RigModel.create(seed, skill, task);
        int n = (int) Math.round(seconds * RigModel.SAMPLE_RATE_HZ);
        double[][] channels = new double[model.channels().size()][n];
        double[] row = new double[channels.length];
        List<RrInterval> beats = new ArrayList<>();
        List<Shot> shots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            model.step(row, (TimedEvent event) -> {
                switch (event) {
                    case RrInterval rr -> beats.add(rr);
                    case Shot shot -> shots.add(shot);
                    default -> throw new AssertionError("unexpected event " + event);
                }
            });
            for (int c = 0; c < row.length; c++) {
                channels[c][i] = row[c];
            }
        }
        return new ModelRun(channels, beats, shots);
    }

    /** Values of one channel, by its index in {@link RigModel#channels()}. */
    double[] channel(int index) {
        return channels[index];
    }
}

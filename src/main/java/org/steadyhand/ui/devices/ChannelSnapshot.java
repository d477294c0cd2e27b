package org.steadyhand.ui.devices;

import java.util.Optional;
import org.steadyhand.core.Channel;

/**
 * One channel of an opened source at one moment.
 *
 * @param latestRaw the newest value as the source delivered it; empty before the first sample
 * @param recentRaw the values of the last {@link SourcePreview#WINDOW_NANOS} ns, oldest first, for
 *     calibration
 */
public record ChannelSnapshot(Channel channel, Optional<Double> latestRaw, double[] recentRaw) {
    public ChannelSnapshot {
        recentRaw = recentRaw.clone();
    }

    @Override
    public double[] recentRaw() {
        return recentRaw.clone();
    }
}

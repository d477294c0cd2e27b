package org.steadyhand.store;

import org.steadyhand.core.Channel;

/**
 * A channel of a stored session with how much of it is stored.
 *
 * @param firstNanos session time of the first stored sample (0 when none)
 * @param lastNanos session time of the last stored sample (0 when none)
 */
public record StoredChannel(Channel channel, int channelNo, long sampleCount, long firstNanos, long lastNanos) {}

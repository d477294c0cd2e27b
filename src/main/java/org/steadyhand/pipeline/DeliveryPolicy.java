package org.steadyhand.pipeline;

/**
 * What the pipeline does when a subscriber's buffer is full. Decided in
 * docs/decisions/0004-pipeline-back-pressure.md.
 */
public enum DeliveryPolicy {
    /**
     * Drop the new item and count it. For live displays and live analysers: a late frame is worth
     * nothing, and a slow screen must never hold up the devices or the recorder.
     */
    DROP_NEWEST,
    /**
     * Never drop: the publisher waits for space. For the recorder. Its buffer holds many seconds of
     * data, so waiting only happens when storage has stalled that long; each wait is counted.
     */
    LOSSLESS
}

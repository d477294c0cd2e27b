package org.steadyhand.device.hid;

import java.util.Arrays;

/** The nominal report rate of HID devices. */
final class ReportRate {
    /**
     * Rate assumed for a live device: USB full-speed HID polled every 8 ms (bInterval 8), which is
     * what the PenPartner recording shows (median interval 8.0 ms).
     */
    static final double DEFAULT_HZ = 125;

    private ReportRate() {}

    /** 1 / median interval between a recording's reports; {@link #DEFAULT_HZ} with fewer than 2. */
    static double medianHz(HidRecording recording) {
        long[] intervals = new long[Math.max(0, recording.reports().size() - 1)];
        for (int i = 0; i < intervals.length; i++) {
            intervals[i] = recording.reports().get(i + 1).timeNanos()
                    - recording.reports().get(i).timeNanos();
        }
        long[] positive = Arrays.stream(intervals).filter(d -> d > 0).sorted().toArray();
        return positive.length == 0 ? DEFAULT_HZ : 1e9 / positive[positive.length / 2];
    }
}

package org.steadyhand.device.hid.descriptor;

import java.util.Arrays;
import java.util.Optional;

/**
 * A reusable buffer for one decoded input report, filled by {@link ReportDecoder#decodeInto}: the
 * report's layout and one logical and one physical value per slot. A variable field has one slot,
 * an array field {@code count} slots (each the index value as sent), padding slots stay 0 / NaN.
 * Slot numbers follow the report's fields in order: {@link #firstSlot(int)}.
 *
 * <p>Physical values are NaN for padding, array slots, fields wider than 32 bits and values
 * outside the logical range of a field with a null state. Not thread-safe: one per reading thread.
 */
public final class ReportValues {
    private Report report;
    private int[] firstSlots = new int[0];
    final long[] logical;
    final double[] physical;
    private String rejection = "";
    private int slotCount;

    /** @param maxSlots the most slots any report of the decoder has ({@link ReportDecoder#maxSlots()}) */
    public ReportValues(int maxSlots) {
        logical = new long[maxSlots];
        physical = new double[maxSlots];
    }

    void accept(Report report, int[] firstSlots, int slotCount) {
        this.report = report;
        this.slotCount = slotCount;
        this.firstSlots = firstSlots;
        this.rejection = "";
    }

    void reject(String reason) {
        this.report = null;
        this.rejection = reason;
    }

    /** The report last decoded; empty after a rejection. */
    public Optional<Report> report() {
        return Optional.ofNullable(report);
    }

    /** Why the last report was rejected; empty string after a success. */
    public String rejection() {
        return rejection;
    }

    /** Slots of the report last decoded. */
    public int slotCount() {
        return report == null ? 0 : slotCount;
    }

    /** The first slot of the report's field number {@code fieldIndex}. */
    public int firstSlot(int fieldIndex) {
        return firstSlots[fieldIndex];
    }

    public long logical(int slot) {
        return logical[slot];
    }

    public double physical(int slot) {
        return physical[slot];
    }

    @Override
    public String toString() {
        return report == null
                ? "rejected: " + rejection
                : "report " + report.reportId() + " " + Arrays.toString(Arrays.copyOf(logical, slotCount));
    }
}

package org.steadyhand.device.hid.descriptor;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes input reports of one descriptor into logical and physical values (see {@link
 * ReportField} for the scaling). Field extractors are computed once, so decoding a report is a few
 * shifts and one multiply-add per value and allocates nothing ({@link #decodeInto}).
 *
 * <p>A value is sign-extended when its field's logical minimum is negative. A report is rejected,
 * never thrown at, when it is empty, names a report ID the descriptor has no input report for, or
 * has another length than its layout ({@link Report#byteLength()}). Immutable after construction
 * and thread-safe; the {@link ReportValues} buffers are per thread.
 */
public final class ReportDecoder {
    private final CompiledReport[] byId = new CompiledReport[256];
    private final boolean usesIds;
    private final int maxSlots;

    public ReportDecoder(ReportDescriptor descriptor) {
        usesIds = descriptor.usesReportIds();
        int most = 1;
        for (Report report : descriptor.reports(ReportKind.INPUT)) {
            CompiledReport compiled = new CompiledReport(report);
            byId[report.reportId()] = compiled;
            most = Math.max(most, compiled.slots);
        }
        maxSlots = most;
    }

    /** Slots a {@link ReportValues} needs for any report of this descriptor. */
    public int maxSlots() {
        return maxSlots;
    }

    /** A buffer sized for this decoder. */
    public ReportValues newValues() {
        return new ReportValues(maxSlots);
    }

    /**
     * Decodes the first {@code length} bytes of {@code data} (with the report ID byte when the
     * descriptor uses IDs) into {@code out}.
     *
     * @return true if decoded; false if rejected, with the reason in {@link ReportValues#rejection()}
     */
    public boolean decodeInto(byte[] data, int length, ReportValues out) {
        if (length <= 0 || data == null || length > data.length) {
            out.reject("empty report");
            return false;
        }
        int id = usesIds ? data[0] & 0xFF : 0;
        CompiledReport report = byId[id];
        if (report == null) {
            out.reject(usesIds ? "no input report with ID " + id : "the descriptor has no input report");
            return false;
        }
        if (length != report.byteLength) {
            out.reject("input report " + id + " must be " + report.byteLength + " bytes, got " + length);
            return false;
        }
        report.decode(data, usesIds ? 1 : 0, out);
        return true;
    }

    /** Decodes into a fresh buffer; convenient where speed does not matter. */
    public DecodeResult decode(byte[] data, int length) {
        ReportValues values = newValues();
        if (!decodeInto(data, length, values)) {
            return new DecodeResult.Rejected(values.rejection());
        }
        Report report = values.report().orElseThrow();
        List<DecodeResult.FieldValue> fields = new ArrayList<>();
        for (int f = 0; f < report.fields().size(); f++) {
            ReportField field = report.fields().get(f);
            if (field.isPadding()) {
                continue;
            }
            int first = values.firstSlot(f);
            long[] logical = new long[field.count()];
            for (int i = 0; i < logical.length; i++) {
                logical[i] = values.logical(first + i);
            }
            fields.add(new DecodeResult.FieldValue(field, logical, values.physical(first)));
        }
        return new DecodeResult.Decoded(report, fields);
    }

    /** One report's precomputed extractors: per decoded slot, where its bits are and how to scale. */
    private static final class CompiledReport {
        final Report report;
        final int byteLength;
        final int slots;
        final int[] firstSlots;
        final int[] slot;
        final int[] bitOffset;
        final int[] bitSize;
        final boolean[] signed;
        final boolean[] scaled;
        final boolean[] nullable;
        final long[] min;
        final long[] max;
        final double[] scale;
        final double[] offset;

        CompiledReport(Report report) {
            this.report = report;
            this.byteLength = report.byteLength();
            List<int[]> extract = new ArrayList<>();
            List<ReportField> owners = new ArrayList<>();
            firstSlots = new int[report.fields().size()];
            int next = 0;
            for (int f = 0; f < report.fields().size(); f++) {
                ReportField field = report.fields().get(f);
                firstSlots[f] = next;
                if (!field.isPadding() && field.bitSize() <= 32) {
                    for (int i = 0; i < field.count(); i++) {
                        extract.add(new int[] {next + i, field.bitOffset() + i * field.bitSize()});
                        owners.add(field);
                    }
                }
                next += field.count();
            }
            slots = next;
            int n = extract.size();
            slot = new int[n];
            bitOffset = new int[n];
            bitSize = new int[n];
            signed = new boolean[n];
            scaled = new boolean[n];
            nullable = new boolean[n];
            min = new long[n];
            max = new long[n];
            scale = new double[n];
            offset = new double[n];
            for (int k = 0; k < n; k++) {
                ReportField field = owners.get(k);
                slot[k] = extract.get(k)[0];
                bitOffset[k] = extract.get(k)[1];
                bitSize[k] = field.bitSize();
                signed[k] = field.signed();
                scaled[k] = !field.isArray();
                nullable[k] = field.flags().nullState();
                min[k] = field.logicalMinimum();
                max[k] = field.logicalMaximum();
                scale[k] = field.scale();
                offset[k] = field.physicalValue(0);
            }
        }

        void decode(byte[] data, int start, ReportValues out) {
            long[] logical = out.logical;
            double[] physical = out.physical;
            java.util.Arrays.fill(physical, 0, slots, Double.NaN);
            java.util.Arrays.fill(logical, 0, slots, 0L);
            for (int k = 0; k < slot.length; k++) {
                long value = Bits.extract(data, start, bitOffset[k], bitSize[k], signed[k]);
                logical[slot[k]] = value;
                if (scaled[k] && !(nullable[k] && (value < min[k] || value > max[k]))) {
                    physical[slot[k]] = value * scale[k] + offset[k];
                }
            }
            out.accept(report, firstSlots, slots);
        }
    }
}

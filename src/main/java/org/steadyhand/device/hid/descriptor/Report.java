package org.steadyhand.device.hid.descriptor;

import java.util.List;

/**
 * All fields of one report kind with one report ID, in bit order. Immutable.
 *
 * @param kind input, output or feature
 * @param reportId 1..255, or 0 when the descriptor uses no report IDs
 * @param bitLength sum of the fields' bits, excluding the report ID byte
 * @param fields the fields, {@link ReportField#bitOffset()} increasing
 */
public record Report(ReportKind kind, int reportId, int bitLength, List<ReportField> fields) {
    public Report {
        fields = List.copyOf(fields);
    }

    /** Bytes on the wire, including the report ID byte when there is one. */
    public int byteLength() {
        return (bitLength + 7) / 8 + (reportId == 0 ? 0 : 1);
    }

    /** Fields that carry data (not padding). */
    public List<ReportField> dataFields() {
        return fields.stream().filter(f -> !f.isPadding()).toList();
    }
}

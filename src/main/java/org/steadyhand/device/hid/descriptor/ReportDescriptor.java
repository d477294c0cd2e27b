package org.steadyhand.device.hid.descriptor;

import java.util.List;
import java.util.Optional;

/**
 * A parsed HID report descriptor: every input, output and feature report with its fields. Made by
 * the {@link DescriptorParser}; immutable.
 *
 * @param reports reports in the order their first field appears
 * @param usesReportIds whether every report starts with a report ID byte
 * @param length bytes of the descriptor
 * @param itemCount number of items parsed
 */
public record ReportDescriptor(List<Report> reports, boolean usesReportIds, int length, int itemCount) {
    public ReportDescriptor {
        reports = List.copyOf(reports);
    }

    /** The report of {@code kind} with {@code reportId} (0 when IDs are not used). */
    public Optional<Report> report(ReportKind kind, int reportId) {
        return reports.stream()
                .filter(r -> r.kind() == kind && r.reportId() == reportId)
                .findFirst();
    }

    public List<Report> reports(ReportKind kind) {
        return reports.stream().filter(r -> r.kind() == kind).toList();
    }
}

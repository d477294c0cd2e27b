package org.steadyhand.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steadyhand.device.hid.HidRecording;
import org.steadyhand.device.hid.descriptor.DecodeResult;
import org.steadyhand.device.hid.descriptor.Report;
import org.steadyhand.device.hid.descriptor.ReportDecoder;
import org.steadyhand.device.hid.descriptor.ReportDescriptor;
import org.steadyhand.device.hid.descriptor.ReportField;
import org.steadyhand.device.hid.mapping.ReportMapper;

/**
 * The {@code hid decode} output as ordered maps with snake_case keys (JSON as is; the text form
 * reads the same maps). Physical values are in the field's unit with its exponent applied; NaN
 * (no value) is written as null. Channel keys carry their unit: {@code tip_x_mm}.
 */
final class HidDecodeJson {
    private HidDecodeJson() {}

    static Map<String, Object> document(
            HidRecording recording, ReportDescriptor descriptor, ReportDecoder decoder, ReportMapper mapper) {
        Map<String, Object> device = new LinkedHashMap<>();
        device.put("name", recording.name());
        device.put("vendor_id", String.format("%04x", recording.vendorId()));
        device.put("product_id", String.format("%04x", recording.productId()));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("device", device);
        document.put("descriptor_bytes", descriptor.length());
        document.put("item_count", descriptor.itemCount());
        document.put("uses_report_ids", descriptor.usesReportIds());
        document.put("mapping", mapper.description());
        document.put(
                "channels",
                mapper.channels().stream()
                        .map(c -> c.name() + "_" + unitKey(c.unit().symbol()))
                        .toList());
        document.put("reports", reports(descriptor));
        List<Map<String, Object>> events = new ArrayList<>();
        recording.reports().forEach(r -> events.add(event(r, decoder, mapper)));
        document.put("events", events);
        return document;
    }

    static List<Map<String, Object>> reports(ReportDescriptor descriptor) {
        List<Map<String, Object>> reports = new ArrayList<>();
        for (Report report : descriptor.reports()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("kind", report.kind().name().toLowerCase(java.util.Locale.ROOT));
            r.put("report_id", report.reportId());
            r.put("byte_length", report.byteLength());
            List<Map<String, Object>> fields = new ArrayList<>();
            for (ReportField field : report.fields()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("usage", String.format("0x%08x", field.usage()));
                f.put("usage_name", field.usageName());
                f.put("bit_offset", field.bitOffset());
                f.put("bit_size", field.bitSize());
                f.put("count", field.count());
                f.put("flags", field.flags().describe());
                f.put("logical_min", field.logicalMinimum());
                f.put("logical_max", field.logicalMaximum());
                f.put("physical_min", field.effectivePhysicalMinimum());
                f.put("physical_max", field.effectivePhysicalMaximum());
                f.put("unit", field.unit().symbol());
                f.put("unit_exponent", field.unitExponent());
                fields.add(f);
            }
            r.put("fields", fields);
            reports.add(r);
        }
        return reports;
    }

    static Map<String, Object> event(HidRecording.RecordedReport report, ReportDecoder decoder, ReportMapper mapper) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("time_s", report.timeNanos() / 1e9);
        byte[] bytes = report.bytes();
        DecodeResult result = decoder.decode(bytes, bytes.length);
        switch (result) {
            case DecodeResult.Rejected rejected -> event.put("rejected", rejected.reason());
            case DecodeResult.Decoded decoded -> {
                event.put("report_id", decoded.report().reportId());
                List<Map<String, Object>> fields = new ArrayList<>();
                for (DecodeResult.FieldValue value : decoded.fields()) {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("usage_name", value.field().usageName());
                    f.put("logical", value.logical().length == 1 ? value.logical()[0] : value.logical());
                    f.put("physical", Double.isNaN(value.physical()) ? null : value.physical());
                    if (value.field().isArray()) {
                        f.put(
                                "active_usages",
                                value.activeUsages().stream()
                                        .map(u -> String.format("0x%08x", u))
                                        .toList());
                    }
                    fields.add(f);
                }
                event.put("fields", fields);
            }
        }
        double[] row = new double[mapper.channels().size()];
        Map<String, Object> channels = new LinkedHashMap<>();
        if (mapper.map(bytes, bytes.length, row)) {
            for (int c = 0; c < row.length; c++) {
                if (!Double.isNaN(row[c])) {
                    channels.put(
                            mapper.channels().get(c).name() + "_"
                                    + unitKey(mapper.channels().get(c).unit().symbol()),
                            row[c]);
                }
            }
        }
        event.put("channels", channels);
        return event;
    }

    /** A unit symbol as a key suffix: mm, deg, m_s2, rad_s, 1 → norm. */
    static String unitKey(String symbol) {
        return symbol.equals("1") ? "norm" : symbol.replace("/", "_");
    }
}

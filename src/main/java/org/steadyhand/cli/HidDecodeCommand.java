package org.steadyhand.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.steadyhand.core.BadInputException;
import org.steadyhand.device.hid.HidRecording;
import org.steadyhand.device.hid.HidReplayFactory;
import org.steadyhand.device.hid.descriptor.DescriptorParser;
import org.steadyhand.device.hid.descriptor.ParseResult;
import org.steadyhand.device.hid.descriptor.ReportDecoder;
import org.steadyhand.device.hid.descriptor.ReportDescriptor;
import org.steadyhand.device.hid.mapping.ReportMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code steadyhand hid decode}: a hid-recorder file's descriptor (reports, fields with usage
 * names, bit offsets, sizes, ranges, units) and its events decoded to field values and to the
 * channels Steadyhand would record. Text or JSON ({@link HidDecodeJson}).
 */
@Command(
        name = "decode",
        mixinStandardHelpOptions = true,
        description = {
            "Decode a hid-recorder file (R:, N:, I:, E: lines) with its own report descriptor: print the"
                    + " reports and fields, then every recorded event as field values and as Steadyhand"
                    + " channels (tip_x mm, tip_pressure 0-1, tilt deg, accel m/s2, ...)."
        })
final class HidDecodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--recording", required = true, paramLabel = "FILE", description = "hid-recorder file.")
    Path recordingFile;

    @Option(names = "--json", description = "Print JSON (snake_case keys).")
    boolean json;

    @Override
    public Integer call() {
        HidRecording recording = HidRecording.read(recordingFile);
        ParseResult parsed = DescriptorParser.parse(recording.descriptor());
        if (parsed instanceof ParseResult.Rejected rejected) {
            throw new BadInputException(recordingFile + ": bad report descriptor: " + rejected.reason() + " (byte "
                    + rejected.byteOffset() + ")");
        }
        ReportDescriptor descriptor = ((ParseResult.Parsed) parsed).descriptor();
        ReportDecoder decoder = new ReportDecoder(descriptor);
        ReportMapper mapper = HidReplayFactory.mapperFor(recording);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(HidDecodeJson.document(recording, descriptor, decoder, mapper)));
        } else {
            printText(out, recording, descriptor, decoder, mapper);
        }
        out.flush();
        return SteadyhandCli.OK;
    }

    private static void printText(
            PrintWriter out,
            HidRecording recording,
            ReportDescriptor descriptor,
            ReportDecoder decoder,
            ReportMapper mapper) {
        out.printf(
                "device: %s (%04x:%04x), descriptor %d bytes, %d items, report IDs %s%n",
                recording.name(),
                recording.vendorId(),
                recording.productId(),
                descriptor.length(),
                descriptor.itemCount(),
                descriptor.usesReportIds() ? "used" : "not used");
        out.println("mapping: " + mapper.description());
        for (Map<String, Object> report : HidDecodeJson.reports(descriptor)) {
            out.printf(
                    "%s report %s (%s bytes)%n",
                    report.get("kind"), report.get("report_id"), report.get("byte_length"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> fields = (List<Map<String, Object>>) report.get("fields");
            for (Map<String, Object> f : fields) {
                out.printf(
                        "  bit %4s  %3s x %-3s %-30s %-20s logical %s..%s  physical %s..%s  unit %s exp %s%n",
                        f.get("bit_offset"),
                        f.get("bit_size"),
                        f.get("count"),
                        f.get("usage_name"),
                        f.get("flags"),
                        f.get("logical_min"),
                        f.get("logical_max"),
                        f.get("physical_min"),
                        f.get("physical_max"),
                        f.get("unit").toString().isEmpty() ? "-" : f.get("unit"),
                        f.get("unit_exponent"));
            }
        }
        out.println("events: " + recording.reports().size());
        for (HidRecording.RecordedReport report : recording.reports()) {
            Map<String, Object> event = HidDecodeJson.event(report, decoder, mapper);
            StringBuilder line = new StringBuilder(String.format("%12.6f ", report.timeNanos() / 1e9));
            if (event.containsKey("rejected")) {
                line.append("rejected: ").append(event.get("rejected"));
            } else {
                line.append("report ").append(event.get("report_id"));
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> fields = (List<Map<String, Object>>) event.get("fields");
                for (Map<String, Object> f : fields) {
                    line.append(" | ").append(f.get("usage_name")).append(": ").append(f.get("logical"));
                }
            }
            if (event.get("channels") instanceof Map<?, ?> channels && !channels.isEmpty()) {
                line.append("  -> ").append(channels);
            }
            out.println(line);
        }
    }
}

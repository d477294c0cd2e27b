package org.steadyhand.device.hid;

import java.util.Map;
import org.steadyhand.core.BadInputException;
import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceFactory;
import org.steadyhand.device.SourceSpec;
import org.steadyhand.device.hid.descriptor.DescriptorParser;
import org.steadyhand.device.hid.descriptor.ParseResult;
import org.steadyhand.device.hid.mapping.ReportMapper;
import org.steadyhand.device.hid.mapping.ReportMappers;

/**
 * Opens {@code hid-replay:FILE[?pace=realtime|fast]}: a hid-recorder file played as a source (pace
 * defaults to realtime). The file is read and its descriptor parsed here, so a bad file is bad
 * input before anything starts. Channels announce the recording's median report rate.
 */
public final class HidReplayFactory implements SourceFactory {
    @Override
    public String scheme() {
        return "hid-replay";
    }

    @Override
    public SampleSource create(SourceSpec spec, SourceContext context) {
        if (!(spec instanceof SourceSpec.HidReplay replay)) {
            throw new IllegalArgumentException("the HID replay factory was given a " + spec.scheme() + " spec");
        }
        boolean realtime = true;
        for (Map.Entry<String, String> option : replay.options().entrySet()) {
            if (!option.getKey().equals("pace")) {
                throw new BadInputException("source '" + spec.text() + "': unknown option '" + option.getKey()
                        + "'; HID replay takes pace");
            }
            realtime = switch (option.getValue()) {
                case "realtime" -> true;
                case "fast" -> false;
                default ->
                    throw new BadInputException("source '" + spec.text() + "': pace must be realtime or fast, got '"
                            + option.getValue() + "'");
            };
        }
        HidRecording recording = HidRecording.read(replay.file());
        return new HidReplaySource(spec.text(), recording, mapperFor(recording), realtime, context.clock());
    }

    /**
     * The mapping for a recording's device.
     *
     * @throws BadInputException if its descriptor is rejected
     */
    public static ReportMapper mapperFor(HidRecording recording) {
        ParseResult parsed = DescriptorParser.parse(recording.descriptor());
        if (parsed instanceof ParseResult.Rejected rejected) {
            throw new BadInputException("HID recording of '" + recording.name() + "': its report descriptor is bad: "
                    + rejected.reason() + " (byte " + rejected.byteOffset() + ")");
        }
        return ReportMappers.forDevice(
                recording.vendorId(),
                recording.productId(),
                ((ParseResult.Parsed) parsed).descriptor(),
                ReportRate.medianHz(recording));
    }
}

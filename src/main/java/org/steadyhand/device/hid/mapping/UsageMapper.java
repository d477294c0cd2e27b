package org.steadyhand.device.hid.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steadyhand.core.Channel;
import org.steadyhand.device.hid.descriptor.Report;
import org.steadyhand.device.hid.descriptor.ReportDecoder;
import org.steadyhand.device.hid.descriptor.ReportDescriptor;
import org.steadyhand.device.hid.descriptor.ReportField;
import org.steadyhand.device.hid.descriptor.ReportKind;
import org.steadyhand.device.hid.descriptor.ReportValues;

/**
 * Maps any conforming device from its own report descriptor: every input-report field with a
 * {@link UsageRule} feeds its channel. Fields of several reports with the same channel name (a pen
 * reported under two report IDs) feed one channel. Pen values other than In Range are left out
 * (NaN) while the report's In Range bit is 0, because tablets repeat stale coordinates then.
 *
 * <p>Not thread-safe (reuses a {@link ReportValues} buffer).
 */
public final class UsageMapper implements ReportMapper {
    private final ReportDecoder decoder;
    private final ReportValues values;
    private final List<Channel> channels;
    private final Mapped[][] byReportId = new Mapped[256][];
    private final int[] gateSlot = new int[256];
    private String rejection = "";

    /** One field feeding one channel: value = a × x + b. */
    private record Mapped(int channel, int slot, boolean physical, double a, double b, boolean gated) {}

    /** @param nominalRateHz the rate the channels announce (the device's report rate) */
    public UsageMapper(ReportDescriptor descriptor, double nominalRateHz) {
        decoder = new ReportDecoder(descriptor);
        values = decoder.newValues();
        Map<String, Channel> named = new LinkedHashMap<>();
        for (Report report : descriptor.reports(ReportKind.INPUT)) {
            List<Mapped> mapped = new ArrayList<>();
            gateSlot[report.reportId()] = -1;
            int slot = 0;
            for (ReportField field : report.fields()) {
                if (field.usage() == 0x0D0032 && !field.isPadding() && !field.isArray()) {
                    gateSlot[report.reportId()] = slot;
                }
                Optional<UsageRule> rule = UsageRule.of(field);
                if (rule.isPresent()) {
                    UsageRule r = rule.get();
                    Channel channel =
                            named.computeIfAbsent(r.channelName(), name -> new Channel(name, r.unit(), nominalRateHz));
                    int index = new ArrayList<>(named.keySet()).indexOf(channel.name());
                    boolean pen = (field.applicationUsage() >>> 16) == 0x0D && field.usage() != 0x0D0032;
                    mapped.add(new Mapped(index, slot, r.source() == UsageRule.Source.PHYSICAL, r.a(), r.b(), pen));
                }
                slot += field.count();
            }
            byReportId[report.reportId()] = mapped.toArray(Mapped[]::new);
        }
        channels = List.copyOf(named.values());
    }

    @Override
    public List<Channel> channels() {
        return channels;
    }

    @Override
    public boolean map(byte[] report, int length, double[] out) {
        java.util.Arrays.fill(out, 0, channels.size(), Double.NaN);
        if (!decoder.decodeInto(report, length, values)) {
            rejection = values.rejection();
            return false;
        }
        int id = values.report().orElseThrow().reportId();
        int gate = gateSlot[id];
        boolean inRange = gate < 0 || values.logical(gate) != 0;
        for (Mapped m : byReportId[id]) {
            if (m.gated && !inRange) {
                continue;
            }
            double x = m.physical ? values.physical(m.slot) : values.logical(m.slot);
            out[m.channel] = m.a * x + m.b;
        }
        return true;
    }

    @Override
    public String rejection() {
        return rejection;
    }

    @Override
    public String description() {
        return "standard HID usages: "
                + String.join(", ", channels.stream().map(Channel::name).toList());
    }
}

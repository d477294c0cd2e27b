package org.steadyhand.device.hid.descriptor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a HID report descriptor (HID 1.11 §6.2.2) into its reports: short items (main, global,
 * local), long items (skipped with their length), Push/Pop, report IDs, usage pages, extended
 * 32-bit usages, usage ranges, delimiters (the first usage of a set is used), signed logical and
 * physical ranges, unit and unit exponent, arrays, variables, padding and nested collections.
 *
 * <p>Never throws on bad bytes: the result is {@link ParseResult.Rejected} with the reason and byte
 * offset for a truncated item, End Collection without Collection, Pop without Push, unclosed
 * collections, a Report ID of 0, data before the first Report ID in a descriptor that uses them,
 * a Report Size over 256 bits, or anything over the bounds below (chosen after the Linux HID core:
 * HID_MAX_USAGES 12288; 4096-byte reports as hidraw reads them).
 *
 * <p>Usages given with 1 or 2 bytes take the Usage Page in effect when the Usage item is read.
 * Logical (physical) maxima are read unsigned when the minimum is not negative, as the Linux HID
 * core does, so {@code 15 00 26 FF FF} means 0..65535. A main item with Report Size or Report Count
 * 0 adds no field (the AES pen's Pop restores a state without a size). Stateless and thread-safe.
 */
public final class DescriptorParser {
    /** Longest descriptor accepted, bytes (the USB descriptor length field is 16 bits). */
    public static final int MAX_DESCRIPTOR_BYTES = 65_535;
    /** Most items accepted in one descriptor. */
    public static final int MAX_ITEMS = 16_384;
    /** Most usages one main item may declare (Linux HID_MAX_USAGES). */
    public static final int MAX_USAGES = 12_288;
    /** Longest report, bytes without the ID (what one hidraw read can return). */
    public static final int MAX_REPORT_BYTES = 4096;
    /** Most fields in the whole descriptor. */
    public static final int MAX_FIELDS = 16_384;
    /** Deepest Push stack and collection nesting accepted. */
    public static final int MAX_PUSH_DEPTH = 16;

    public static final int MAX_COLLECTION_DEPTH = 64;

    private DescriptorParser() {}

    /** Parses {@code bytes}; never throws. */
    public static ParseResult parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new ParseResult.Rejected("empty report descriptor", 0);
        }
        if (bytes.length > MAX_DESCRIPTOR_BYTES) {
            return new ParseResult.Rejected(
                    "descriptor of " + bytes.length + " bytes exceeds " + MAX_DESCRIPTOR_BYTES, 0);
        }
        try {
            return new Run(bytes).parse();
        } catch (Rejection e) {
            return new ParseResult.Rejected(e.getMessage(), e.offset);
        }
    }

    /** A rejection thrown inside one parse and caught at the boundary above. */
    static final class Rejection extends Exception {
        final int offset;

        Rejection(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    /** State of one parse; confined to the calling thread. */
    private static final class Run {
        private final byte[] bytes;
        private GlobalState global = new GlobalState();
        private final Deque<GlobalState> pushed = new ArrayDeque<>();
        private final LocalState local = new LocalState();
        private final Deque<Integer> collections = new ArrayDeque<>();
        private final Map<Long, ReportBuilder> reports = new LinkedHashMap<>();
        private int applicationUsage;
        private boolean usesIds;
        private boolean dataBeforeFirstId;
        private int fieldCount;
        private int items;
        private int offset;

        Run(byte[] bytes) {
            this.bytes = bytes;
        }

        ParseResult parse() throws Rejection {
            while (offset < bytes.length) {
                if (++items > MAX_ITEMS) {
                    throw new Rejection("more than " + MAX_ITEMS + " items", offset);
                }
                int prefix = bytes[offset] & 0xFF;
                if (prefix == 0xFE) {
                    skipLongItem();
                    continue;
                }
                int size = (prefix & 0x03) == 3 ? 4 : prefix & 0x03;
                if (offset + 1 + size > bytes.length) {
                    throw new Rejection(
                            String.format(
                                    "truncated item 0x%02X: needs %d data bytes, %d left",
                                    prefix, size, bytes.length - offset - 1),
                            offset);
                }
                long unsigned = 0;
                for (int i = 0; i < size; i++) {
                    unsigned |= (bytes[offset + 1 + i] & 0xFFL) << (8 * i);
                }
                long signed = size == 0 ? 0 : (unsigned << (64 - 8 * size)) >> (64 - 8 * size);
                Item item = new Item(prefix >> 4, (prefix >> 2) & 3, size, unsigned, signed, offset);
                switch (item.type()) {
                    case 0 -> main(item);
                    case 1 -> global(item);
                    case 2 -> local.apply(item, global.usagePage);
                    default -> throw new Rejection(String.format("reserved item type in 0x%02X", prefix), offset);
                }
                offset += 1 + size;
            }
            if (!collections.isEmpty()) {
                throw new Rejection(collections.size() + " collection(s) not closed at the end", bytes.length);
            }
            if (usesIds && dataBeforeFirstId) {
                throw new Rejection("report data before the first Report ID in a descriptor that uses IDs", 0);
            }
            List<Report> built = new ArrayList<>();
            reports.values().forEach(b -> built.add(b.build()));
            return new ParseResult.Parsed(new ReportDescriptor(built, usesIds, bytes.length, items));
        }

        private void skipLongItem() throws Rejection {
            if (offset + 2 >= bytes.length) {
                throw new Rejection("truncated long item header", offset);
            }
            int dataSize = bytes[offset + 1] & 0xFF;
            if (offset + 3 + dataSize > bytes.length) {
                throw new Rejection("truncated long item: needs " + dataSize + " data bytes", offset);
            }
            offset += 3 + dataSize;
        }

        private void main(Item item) throws Rejection {
            switch (item.tag()) {
                case 0x8 -> addFields(item, ReportKind.INPUT);
                case 0x9 -> addFields(item, ReportKind.OUTPUT);
                case 0xB -> addFields(item, ReportKind.FEATURE);
                case 0xA -> {
                    if (collections.size() >= MAX_COLLECTION_DEPTH) {
                        throw new Rejection("collections nested deeper than " + MAX_COLLECTION_DEPTH, item.offset());
                    }
                    int usage = local.firstUsage(item.offset());
                    if (item.unsigned() == 1 || collections.isEmpty()) {
                        applicationUsage = usage;
                    }
                    collections.push(usage);
                }
                case 0xC -> {
                    if (collections.isEmpty()) {
                        throw new Rejection("End Collection without Collection", item.offset());
                    }
                    collections.pop();
                }
                default -> throw new Rejection(String.format("unknown main item tag 0x%X", item.tag()), item.offset());
            }
            local.clear();
        }

        private void addFields(Item item, ReportKind kind) throws Rejection {
            GlobalState g = global;
            if (g.reportSize > 256) {
                throw new Rejection("Report Size over 256 bits", item.offset());
            }
            if (g.reportCount < 0) {
                throw new Rejection("negative Report Count", item.offset());
            }
            if (g.reportId == 0) {
                dataBeforeFirstId = true;
            }
            ReportBuilder report = reports.computeIfAbsent(
                    ((long) kind.ordinal() << 8) | g.reportId, k -> new ReportBuilder(kind, g.reportId));
            long bits = (long) g.reportSize * g.reportCount;
            if (report.bits + bits > MAX_REPORT_BYTES * 8L) {
                throw new Rejection(
                        kind + " report " + g.reportId + " exceeds " + MAX_REPORT_BYTES + " bytes", item.offset());
            }
            if (g.reportCount == 0 || g.reportSize == 0) {
                return; // no bits, e.g. after a Pop back to a state without Report Size
            }
            MainItemFlags flags = new MainItemFlags((int) item.unsigned());
            List<Integer> usages = local.usages(item.offset());
            int collection = collections.isEmpty() ? 0 : collections.peek();
            boolean variable = flags.variable() && !usages.isEmpty();
            int fields = variable ? g.reportCount : 1;
            if ((fieldCount += fields) > MAX_FIELDS) {
                throw new Rejection("more than " + MAX_FIELDS + " fields", item.offset());
            }
            for (int i = 0; i < fields; i++) {
                List<Integer> fieldUsages = variable ? List.of(usages.get(Math.min(i, usages.size() - 1))) : usages;
                report.add(new ReportField(
                        kind,
                        g.reportId,
                        report.bits,
                        g.reportSize,
                        variable ? 1 : g.reportCount,
                        flags,
                        fieldUsages,
                        g.logicalMinimum,
                        g.logicalMaximum,
                        g.physicalMinimum,
                        g.physicalMaximum,
                        g.unitExponent,
                        new HidUnit(g.unit),
                        applicationUsage,
                        collection));
            }
        }

        private void global(Item item) throws Rejection {
            switch (item.tag()) {
                case 0x0 -> global.usagePage = (int) (item.unsigned() & 0xFFFF);
                case 0x1 -> global.logicalMinimum = item.signed();
                case 0x2 -> global.logicalMaximumItem = item;
                case 0x3 -> global.physicalMinimum = item.signed();
                case 0x4 -> global.physicalMaximumItem = item;
                case 0x5 ->
                    global.unitExponent = (item.unsigned() & ~0xFL) == 0
                            ? (int) ((item.unsigned() << 60) >> 60)
                            : (int) Math.max(-128, Math.min(127, item.signed()));
                case 0x6 -> global.unit = item.unsigned();
                case 0x7 -> global.reportSize = item.unsigned() > 256 ? 257 : (int) item.unsigned();
                case 0x8 -> {
                    if (item.unsigned() == 0 || item.unsigned() > 255) {
                        throw new Rejection("Report ID " + item.unsigned() + " is outside 1..255", item.offset());
                    }
                    global.reportId = (int) item.unsigned();
                    usesIds = true;
                }
                case 0x9 -> {
                    if (item.unsigned() > MAX_REPORT_BYTES * 8L) {
                        throw new Rejection("Report Count " + item.unsigned() + " is too large", item.offset());
                    }
                    global.reportCount = (int) item.unsigned();
                }
                case 0xA -> {
                    if (pushed.size() >= MAX_PUSH_DEPTH) {
                        throw new Rejection("Push stack deeper than " + MAX_PUSH_DEPTH, item.offset());
                    }
                    pushed.push(global.copy());
                }
                case 0xB -> {
                    if (pushed.isEmpty()) {
                        throw new Rejection("Pop without Push", item.offset());
                    }
                    global = pushed.pop();
                }
                default ->
                    throw new Rejection(String.format("unknown global item tag 0x%X", item.tag()), item.offset());
            }
            global.resolveMaxima();
        }
    }

    /** Collects one report's fields and its running bit count. */
    private static final class ReportBuilder {
        private final ReportKind kind;
        private final int reportId;
        private final List<ReportField> fields = new ArrayList<>();
        private int bits;

        ReportBuilder(ReportKind kind, int reportId) {
            this.kind = kind;
            this.reportId = reportId;
        }

        void add(ReportField field) {
            fields.add(field);
            bits += field.bitLength();
        }

        Report build() {
            return new Report(kind, reportId, bits, fields);
        }
    }
}

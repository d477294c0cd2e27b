package org.steadyhand.device.hid.descriptor;

import java.util.List;

/**
 * One field of a report: a variable (one value of one usage) or an array ({@code count} slots,
 * each holding the index of an active usage in {@link #usages()}), or padding (constant, no
 * usage). Produced by the {@link DescriptorParser}; immutable.
 *
 * <p>Physical values: {@code physical = physicalMinimum + (logical − logicalMinimum) ×
 * (physicalMaximum − physicalMinimum) / (logicalMaximum − logicalMinimum)}, times {@code
 * 10^unitExponent}, in {@link #unit()} (HID 1.11 §6.2.2.7). When both physical bounds are 0 the
 * physical range equals the logical one, as the specification says.
 *
 * @param kind input, output or feature
 * @param reportId the report ID, 0 when the descriptor uses none
 * @param bitOffset offset of the first bit after the report ID byte (bit 0 = LSB of that byte)
 * @param bitSize bits per value (Report Size), 1..256
 * @param count values in this field: 1 for a variable, Report Count for an array or padding
 * @param flags the main item's data bits
 * @param usages a variable's usage (one element), an array's usages by index, none for padding;
 *     each usage is {@code page << 16 | id}
 * @param applicationUsage usage of the enclosing application collection, 0 if none
 * @param collectionUsage usage of the innermost enclosing collection, 0 if none
 */
public record ReportField(
        ReportKind kind,
        int reportId,
        int bitOffset,
        int bitSize,
        int count,
        MainItemFlags flags,
        List<Integer> usages,
        long logicalMinimum,
        long logicalMaximum,
        long physicalMinimum,
        long physicalMaximum,
        int unitExponent,
        HidUnit unit,
        int applicationUsage,
        int collectionUsage) {

    public ReportField {
        usages = List.copyOf(usages);
        if (bitSize < 1 || count < 1 || bitOffset < 0) {
            throw new IllegalArgumentException("a field needs size and count >= 1 and offset >= 0");
        }
    }

    /** Constant bits with no usage, kept so that bit offsets add up. */
    public boolean isPadding() {
        return usages.isEmpty() || (flags.constant() && !flags.variable());
    }

    public boolean isArray() {
        return !flags.variable() && !isPadding();
    }

    /** The variable's usage (the first usage for an array, 0 for padding). */
    public int usage() {
        return usages.isEmpty() ? 0 : usages.get(0);
    }

    /** Values are two's complement when the logical minimum is negative. */
    public boolean signed() {
        return logicalMinimum < 0;
    }

    /** Bits this field takes in the report. */
    public int bitLength() {
        return bitSize * count;
    }

    /** The physical bounds in effect (the logical ones when both physical bounds are 0). */
    public long effectivePhysicalMinimum() {
        return physicalMinimum == 0 && physicalMaximum == 0 ? logicalMinimum : physicalMinimum;
    }

    public long effectivePhysicalMaximum() {
        return physicalMinimum == 0 && physicalMaximum == 0 ? logicalMaximum : physicalMaximum;
    }

    /** Physical units per logical unit, including the unit exponent. */
    public double scale() {
        double span = (double) logicalMaximum - logicalMinimum;
        double physicalSpan = (double) effectivePhysicalMaximum() - effectivePhysicalMinimum();
        return span == 0 ? 0 : physicalSpan / span * Math.pow(10, unitExponent);
    }

    /** The physical value of a logical one, in {@link #unit()} with the exponent applied. */
    public double physicalValue(long logical) {
        return effectivePhysicalMinimum() * Math.pow(10, unitExponent) + (logical - logicalMinimum) * scale();
    }

    /** The usage's name, e.g. {@code X}, {@code Tip Pressure}, {@code Vendor 0xFF00:0x0001}. */
    public String usageName() {
        return isPadding() ? "padding" : UsageNames.name(usage());
    }
}

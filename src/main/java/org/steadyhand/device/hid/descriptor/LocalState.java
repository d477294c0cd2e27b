package org.steadyhand.device.hid.descriptor;

import java.util.ArrayList;
import java.util.List;

/**
 * The local items since the last main item (HID 1.11 §6.2.2.8): usages and usage ranges in
 * order, designator and string items (read and ignored), delimiters. Mutable, confined to one
 * parse; cleared after every main item.
 */
final class LocalState {
    /** Usages in declaration order; a range is expanded when the main item needs it. */
    private final List<long[]> entries = new ArrayList<>();

    private long pendingMinimum = -1;
    private long pendingMaximum = -1;
    private int delimiterDepth;
    private boolean delimiterSetHasUsage;
    private int declared;

    void apply(Item item, int usagePage) throws DescriptorParser.Rejection {
        long usage = item.size() == 4 ? item.unsigned() : ((long) usagePage << 16) | (item.unsigned() & 0xFFFF);
        switch (item.tag()) {
            case 0x0 -> {
                if (delimiterDepth > 0 && delimiterSetHasUsage) {
                    return; // alternative usages of an open delimiter set: the first one stands
                }
                delimiterSetHasUsage = delimiterDepth > 0;
                add(new long[] {usage, usage}, item);
            }
            case 0x1 -> pendingMinimum = usage;
            case 0x2 -> pendingMaximum = usage;
            case 0x3, 0x4, 0x5, 0x7, 0x8, 0x9 -> {
                // designator and string items: physical-descriptor and string references, not needed
            }
            case 0xA -> delimiter(item);
            default ->
                throw new DescriptorParser.Rejection(
                        String.format("unknown local item tag 0x%X", item.tag()), item.offset());
        }
        if (pendingMinimum >= 0 && pendingMaximum >= 0) {
            if (pendingMinimum > pendingMaximum) {
                throw new DescriptorParser.Rejection(
                        String.format("Usage Minimum 0x%X above Usage Maximum 0x%X", pendingMinimum, pendingMaximum),
                        item.offset());
            }
            add(new long[] {pendingMinimum, pendingMaximum}, item);
            pendingMinimum = -1;
            pendingMaximum = -1;
        }
    }

    private void add(long[] range, Item item) throws DescriptorParser.Rejection {
        declared += (int) Math.min(DescriptorParser.MAX_USAGES + 1L, range[1] - range[0] + 1);
        if (declared > DescriptorParser.MAX_USAGES) {
            throw new DescriptorParser.Rejection(
                    "more than " + DescriptorParser.MAX_USAGES + " usages before one main item", item.offset());
        }
        entries.add(range);
    }

    private void delimiter(Item item) throws DescriptorParser.Rejection {
        if (item.unsigned() == 1) {
            if (delimiterDepth > 0) {
                throw new DescriptorParser.Rejection("nested delimiter set", item.offset());
            }
            delimiterDepth = 1;
            delimiterSetHasUsage = false;
        } else if (item.unsigned() == 0) {
            if (delimiterDepth == 0) {
                throw new DescriptorParser.Rejection("delimiter close without open", item.offset());
            }
            delimiterDepth = 0;
        } else {
            throw new DescriptorParser.Rejection("delimiter value " + item.unsigned(), item.offset());
        }
    }

    /** The usages declared, ranges expanded; 32-bit usages as ints. */
    List<Integer> usages(int offset) throws DescriptorParser.Rejection {
        if (pendingMinimum >= 0 || pendingMaximum >= 0) {
            throw new DescriptorParser.Rejection("Usage Minimum without Usage Maximum (or the reverse)", offset);
        }
        List<Integer> usages = new ArrayList<>();
        for (long[] range : entries) {
            for (long u = range[0]; u <= range[1]; u++) {
                usages.add((int) u);
            }
        }
        return usages;
    }

    /** The first usage, for a collection; 0 if none. */
    int firstUsage(int offset) throws DescriptorParser.Rejection {
        List<Integer> usages = usages(offset);
        return usages.isEmpty() ? 0 : usages.get(0);
    }

    void clear() {
        entries.clear();
        pendingMinimum = -1;
        pendingMaximum = -1;
        delimiterDepth = 0;
        delimiterSetHasUsage = false;
        declared = 0;
    }
}

package org.steadyhand.device.hid.descriptor;

import java.util.ArrayList;
import java.util.List;

/** What {@link ReportDecoder#decode} gives: the report's field values, or why it was rejected. */
public sealed interface DecodeResult {
    /** A decoded report: its data fields (padding left out) in order. */
    record Decoded(Report report, List<FieldValue> fields) implements DecodeResult {
        public Decoded {
            fields = List.copyOf(fields);
        }
    }

    /** @param reason plain sentence, e.g. "input report 2 must be 8 bytes, got 7" */
    record Rejected(String reason) implements DecodeResult {}

    /**
     * One field's values.
     *
     * @param field the layout
     * @param logical the values as sent (an array's slots hold usage indexes)
     * @param physical a variable's physical value in the field's unit with its exponent applied;
     *     NaN for arrays and for null-state values
     */
    record FieldValue(ReportField field, long[] logical, double physical) {
        /** For an array field, the usages whose index is present; empty for a variable. */
        public List<Integer> activeUsages() {
            List<Integer> active = new ArrayList<>();
            if (!field.isArray()) {
                return active;
            }
            for (long index : logical) {
                long position = index - field.logicalMinimum();
                if (index >= field.logicalMinimum()
                        && index <= field.logicalMaximum()
                        && position < field.usages().size()) {
                    int usage = field.usages().get((int) position);
                    if ((usage & 0xFFFF) != 0) { // index of usage 0 ("no event") means nothing pressed
                        active.add(usage);
                    }
                }
            }
            return active;
        }
    }
}

package org.steadyhand.device.hid.descriptor;

/**
 * The data bits of an Input, Output or Feature item (HID 1.11 §6.2.2.5): bit 0 constant, bit 1
 * variable (else array), bit 2 relative, bit 3 wrap, bit 4 non-linear, bit 5 no preferred state,
 * bit 6 null state, bit 7 volatile, bit 8 buffered bytes. Immutable.
 *
 * @param bits the item's data as given, unsigned
 */
public record MainItemFlags(int bits) {
    public boolean constant() {
        return (bits & 0x01) != 0;
    }

    /** A variable field carries one value per usage; otherwise it is an array of usage indexes. */
    public boolean variable() {
        return (bits & 0x02) != 0;
    }

    public boolean relative() {
        return (bits & 0x04) != 0;
    }

    /** Values outside the logical range mean "no value" (a hat switch at rest). */
    public boolean nullState() {
        return (bits & 0x40) != 0;
    }

    /** The short form hid-tools prints, e.g. {@code Data,Var,Abs,Null}. */
    public String describe() {
        return (constant() ? "Cnst" : "Data")
                + (variable() ? ",Var" : ",Arr")
                + (relative() ? ",Rel" : ",Abs")
                + (nullState() ? ",Null" : "");
    }
}

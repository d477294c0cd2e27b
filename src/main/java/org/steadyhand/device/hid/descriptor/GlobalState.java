package org.steadyhand.device.hid.descriptor;

/**
 * The global items in effect (HID 1.11 §6.2.2.7); copied by Push. Mutable, confined to one parse.
 * Maxima are kept as their items and read signed or unsigned by the sign of the minimum.
 */
final class GlobalState {
    int usagePage;
    long logicalMinimum;
    long logicalMaximum;
    Item logicalMaximumItem;
    long physicalMinimum;
    long physicalMaximum;
    Item physicalMaximumItem;
    int unitExponent;
    long unit;
    int reportSize;
    int reportId;
    int reportCount;

    GlobalState copy() {
        GlobalState copy = new GlobalState();
        copy.usagePage = usagePage;
        copy.logicalMinimum = logicalMinimum;
        copy.logicalMaximum = logicalMaximum;
        copy.logicalMaximumItem = logicalMaximumItem;
        copy.physicalMinimum = physicalMinimum;
        copy.physicalMaximum = physicalMaximum;
        copy.physicalMaximumItem = physicalMaximumItem;
        copy.unitExponent = unitExponent;
        copy.unit = unit;
        copy.reportSize = reportSize;
        copy.reportId = reportId;
        copy.reportCount = reportCount;
        return copy;
    }

    /** Reads each maximum unsigned when its minimum is not negative (as the Linux HID core does). */
    void resolveMaxima() {
        if (logicalMaximumItem != null) {
            logicalMaximum = logicalMinimum < 0 ? logicalMaximumItem.signed() : logicalMaximumItem.unsigned();
        }
        if (physicalMaximumItem != null) {
            physicalMaximum = physicalMinimum < 0 ? physicalMaximumItem.signed() : physicalMaximumItem.unsigned();
        }
    }
}

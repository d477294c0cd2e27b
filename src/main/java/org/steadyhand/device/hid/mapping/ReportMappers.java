package org.steadyhand.device.hid.mapping;

import org.steadyhand.device.hid.descriptor.ReportDescriptor;

/** Picks the mapping for a device: a registered vendor mapping, else its descriptor's usages. */
public final class ReportMappers {
    private ReportMappers() {}

    public static ReportMapper forDevice(
            int vendorId, int productId, ReportDescriptor descriptor, double nominalRateHz) {
        if (WacomGraphirePen.handles(vendorId, productId)) {
            return new WacomGraphirePen(nominalRateHz);
        }
        return new UsageMapper(descriptor, nominalRateHz);
    }
}

package org.steadyhand.device.hid;

/**
 * A HID device as enumerated, for {@code devices} listings and error messages.
 *
 * @param vendorId USB vendor id
 * @param productId USB product id
 * @param serialNumber may be empty
 * @param manufacturer may be empty
 * @param product may be empty
 * @param path the system path (e.g. /dev/hidraw3); changes on replug, so never match on it
 * @param usagePage top-level collection's usage page
 * @param usage top-level collection's usage
 */
public record HidDeviceInfo(
        int vendorId,
        int productId,
        String serialNumber,
        String manufacturer,
        String product,
        String path,
        int usagePage,
        int usage) {

    /** The {@code --source} spec that opens this device. */
    public String sourceSpec() {
        return String.format("hid:%04x:%04x", vendorId, productId) + (serialNumber.isEmpty() ? "" : ":" + serialNumber);
    }
}

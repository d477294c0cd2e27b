package org.steadyhand.device.hid.descriptor;

/** The three kinds of report a HID main item can define (HID 1.11 §6.2.2.4). */
public enum ReportKind {
    /** Device to host: what a pen, pedal or sensor sends. */
    INPUT,
    /** Host to device: LEDs, rumble. */
    OUTPUT,
    /** Either way on request: settings such as a sensor's report interval. */
    FEATURE
}

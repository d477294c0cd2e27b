package org.steadyhand.device.hid;

import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceFactory;
import org.steadyhand.device.SourceSpec;

/**
 * Opens {@code hid:VID:PID[:SERIAL]}: a live USB HID device (pen tablet, foot pedal, joystick,
 * motion sensor), decoded from its own report descriptor. Nothing is opened until the source
 * starts.
 */
public final class HidSourceFactory implements SourceFactory {
    @Override
    public String scheme() {
        return "hid";
    }

    @Override
    public SampleSource create(SourceSpec spec, SourceContext context) {
        if (!(spec instanceof SourceSpec.Hid hid)) {
            throw new IllegalArgumentException("the HID factory was given a " + spec.scheme() + " spec");
        }
        return new HidLiveSource(hid, context.clock());
    }
}

package org.steadyhand.ui.devices;

import java.time.Clock;
import java.util.Optional;
import org.steadyhand.analysis.path.PenArea;
import org.steadyhand.core.ChannelNames;
import org.steadyhand.store.StoreException;
import org.steadyhand.store.StoredPenArea;

/** Setting a digitizer's working area; run on the view-model's background thread. */
final class PenAreaCommand {
    private PenAreaCommand() {}

    /** Records the pen's position now; the second call saves the area between the two corners. */
    static String corner(OpenSource open, DevicesService service, Clock clock) {
        Optional<Double> x = latest(open, ChannelNames.TIP_X);
        Optional<Double> y = latest(open, ChannelNames.TIP_Y);
        if (x.isEmpty() || y.isEmpty()) {
            return "No pen position yet: this source has no tip_x / tip_y, or the pen is out of range.";
        }
        Optional<double[]> first = open.firstPenCorner();
        if (first.isEmpty()) {
            open.firstPenCorner(Optional.of(new double[] {x.get(), y.get()}));
            return String.format(
                    "First corner at (%.1f, %.1f) mm. Touch the opposite corner and press Corner again.",
                    x.get(), y.get());
        }
        open.firstPenCorner(Optional.empty());
        try {
            return save(open, service, clock, PenArea.between(first.get()[0], first.get()[1], x.get(), y.get()));
        } catch (IllegalArgumentException e) {
            return "Not saved: " + e.getMessage() + ". Touch the first corner again.";
        }
    }

    /** Saves an area typed in tablet millimetres. */
    static String entered(OpenSource open, DevicesService service, Clock clock, String... edges) {
        double[] mm = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                mm[i] = Double.parseDouble(edges[i].strip());
            } catch (NumberFormatException | NullPointerException e) {
                return "Enter left, top, right and bottom in millimetres, e.g. 10, 10, 160, 110.";
            }
        }
        try {
            return save(open, service, clock, new PenArea(mm[0], mm[1], mm[2], mm[3]));
        } catch (IllegalArgumentException e) {
            return "Not saved: " + e.getMessage() + ".";
        }
    }

    private static String save(OpenSource open, DevicesService service, Clock clock, PenArea area) {
        try {
            service.savePenArea(open.deviceId(), area);
            open.penArea(Optional.of(new StoredPenArea(open.deviceId(), area, clock.instant())));
            return String.format("Working area %.1f × %.1f mm saved.", area.widthMm(), area.heightMm());
        } catch (StoreException e) {
            return "Not saved: " + e.getMessage();
        }
    }

    private static Optional<Double> latest(OpenSource open, String channel) {
        return open.preview().snapshot().channels().stream()
                .filter(c -> c.channel().name().equals(channel))
                .findFirst()
                .flatMap(ChannelSnapshot::latestRaw);
    }
}

package org.steadyhand.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steadyhand.core.Channel;
import org.steadyhand.core.ChannelNames;
import org.steadyhand.core.SampleBlock;
import org.steadyhand.core.Unit;
import org.steadyhand.device.DeviceException;
import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceFactory;
import org.steadyhand.device.SourceListener;
import org.steadyhand.device.SourceSpec;

/**
 * A source whose readings arrive calibrated: a channel with a stored force calibration ({@link
 * DeviceCalibrations}) is turned into mN, and a digitizer's {@code tip_x} / {@code tip_y} are
 * mapped into its stored working area ({@link PenAreas}). What is stored is read once, when the
 * source starts; channels with nothing stored pass through untouched.
 *
 * <p>Threading: events are passed on, mapped, on the wrapped source's thread.
 */
public final class CalibratedSource implements SampleSource {
    private final SampleSource inner;
    private final DeviceCalibrations calibrations;
    private final PenAreas penAreas;

    public CalibratedSource(SampleSource inner, DeviceCalibrations calibrations, PenAreas penAreas) {
        this.inner = inner;
        this.calibrations = calibrations;
        this.penAreas = penAreas;
    }

    /** Wraps {@code factory} so every source it opens is calibrated. */
    public static SourceFactory factory(SourceFactory factory, DeviceCalibrations calibrations, PenAreas penAreas) {
        return new SourceFactory() {
            @Override
            public String scheme() {
                return factory.scheme();
            }

            @Override
            public SampleSource create(SourceSpec spec, SourceContext context) {
                return new CalibratedSource(factory.create(spec, context), calibrations, penAreas);
            }
        };
    }

    @Override
    public String spec() {
        return inner.spec();
    }

    @Override
    public void start(SourceListener listener) throws DeviceException {
        String deviceId = DeviceCalibration.deviceIdOf(inner.spec());
        Map<String, DeviceCalibration> forces = calibrations.forDevice(deviceId);
        Optional<StoredPenArea> area = penAreas.find(deviceId);
        if (forces.isEmpty() && area.isEmpty()) {
            inner.start(listener);
            return;
        }
        inner.start(event -> listener.sourceEventReceived(mapped(event, forces, area)));
    }

    private static SourceEvent mapped(
            SourceEvent event, Map<String, DeviceCalibration> forces, Optional<StoredPenArea> area) {
        return switch (event) {
            case SourceEvent.Attached attached -> {
                List<Channel> channels = new ArrayList<>();
                for (Channel channel : attached.channels()) {
                    channels.add(forces.containsKey(channel.name()) ? inNewtons(channel) : channel);
                }
                yield new SourceEvent.Attached(attached.source(), attached.description(), channels);
            }
            case SourceEvent.BlockReceived received -> {
                SampleBlock block = received.block();
                String name = block.channel().name();
                DeviceCalibration force = forces.get(name);
                double[] values = block.values().clone(); // the block's array is shared and read-only
                if (force != null) {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = force.calibration().apply(values[i]);
                    }
                    yield new SourceEvent.BlockReceived(
                            received.source(), new SampleBlock(inNewtons(block.channel()), block.timesNanos(), values));
                }
                if (area.isPresent() && (name.equals(ChannelNames.TIP_X) || name.equals(ChannelNames.TIP_Y))) {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = name.equals(ChannelNames.TIP_X)
                                ? area.get().area().mapX(values[i])
                                : area.get().area().mapY(values[i]);
                    }
                    yield new SourceEvent.BlockReceived(
                            received.source(), new SampleBlock(block.channel(), block.timesNanos(), values));
                }
                yield event;
            }
            default -> event;
        };
    }

    private static Channel inNewtons(Channel channel) {
        return channel.unit() == Unit.MILLINEWTON
                ? channel
                : new Channel(channel.name(), Unit.MILLINEWTON, channel.nominalRateHz());
    }

    @Override
    public void stop() {
        inner.stop();
    }
}

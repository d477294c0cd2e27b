package org.steadyhand.device.hid;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.hid4java.HidDevice;
import org.hid4java.HidServices;
import org.hid4java.HidServicesListener;
import org.hid4java.event.HidServicesEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.core.SessionClock;
import org.steadyhand.device.DeviceException;
import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceListener;
import org.steadyhand.device.SourceSpec;
import org.steadyhand.device.WorkerThreads;
import org.steadyhand.device.hid.descriptor.DescriptorParser;
import org.steadyhand.device.hid.descriptor.ParseResult;
import org.steadyhand.device.hid.mapping.ReportMapper;
import org.steadyhand.device.hid.mapping.ReportMappers;

/**
 * A live USB HID device ({@code hid:VID:PID[:SERIAL]}) read through hid4java: opens the device,
 * fetches its report descriptor, picks the {@link ReportMappers mapping}, and reads reports on its
 * own thread with a {@value #READ_TIMEOUT_MILLIS} ms timeout, stamping each with the session clock
 * when it arrives. Samples go out as soon as a read times out or {@value #MAX_BLOCK_SAMPLES} are
 * pending, so the pipeline never waits on the device.
 *
 * <p>Replug: hid4java's scan thread reports attach and detach; a read error or detach gives {@link
 * SourceEvent.Detached} with hid4java's message, and when the same VID:PID[:SERIAL] attaches again
 * the source reopens it (and sends {@link SourceEvent.Attached} again). A descriptor that cannot be
 * fetched or parsed gives {@link SourceEvent.Failed}. hid4java's {@code -1} returns never leave this
 * class: they become events or {@link DeviceException}s carrying {@code getLastErrorMessage()}.
 *
 * <p>Threading: one reader thread per source plus hid4java's scan thread, which only flags
 * attach / detach. {@link #stop} waits for the reader and shuts the services down.
 */
final class HidLiveSource implements SampleSource {
    private static final Logger LOG = LoggerFactory.getLogger(HidLiveSource.class);
    static final int READ_TIMEOUT_MILLIS = 10;
    static final int MAX_BLOCK_SAMPLES = 10;
    /** Largest report descriptor fetched (HID_MAX_DESCRIPTOR_SIZE of the Linux HID core). */
    static final int DESCRIPTOR_BUFFER_BYTES = 4096;

    private final SourceSpec.Hid spec;
    private final SessionClock clock;
    private volatile boolean running;
    private volatile boolean replugged;
    private HidServices services; // guarded by this
    private Thread worker; // guarded by this

    HidLiveSource(SourceSpec.Hid spec, SessionClock clock) {
        this.spec = spec;
        this.clock = clock;
    }

    @Override
    public String spec() {
        return spec.text();
    }

    private String id() {
        return String.format("HID device %04X:%04X", spec.vendorId(), spec.productId())
                + spec.serialNumber().map(s -> " (serial " + s + ")").orElse("");
    }

    @Override
    public synchronized void start(SourceListener listener) throws DeviceException {
        if (worker != null) {
            throw new IllegalStateException(spec() + " can be started only once");
        }
        services = HidLibrary.open();
        services.addHidServicesListener(new Replug());
        services.start();
        HidDevice device = find().orElse(null);
        if (device == null) {
            services.shutdown();
            throw new DeviceException(
                    id() + " is not connected; plug it in, or list devices with 'steadyhand devices'");
        }
        running = true;
        worker = Thread.ofPlatform().daemon().name("hid-" + spec.text()).unstarted(() -> run(listener, device));
        worker.start();
    }

    private Optional<HidDevice> find() {
        return Optional.ofNullable(services.getHidDevice(
                spec.vendorId(), spec.productId(), spec.serialNumber().orElse(null)));
    }

    private void run(SourceListener listener, HidDevice first) {
        SourceListener guarded = event -> {
            if (running) {
                listener.sourceEventReceived(event);
            }
        };
        HidDevice device = first;
        while (running) {
            if (device == null) {
                LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(HidLibrary.SCAN_INTERVAL_MILLIS));
                device = replugged ? find().orElse(null) : null;
                replugged = false;
                continue;
            }
            try {
                readUntilGone(device, guarded);
            } catch (DeviceException e) {
                LOG.warn("{}: {}", spec(), e.getMessage());
                guarded.sourceEventReceived(new SourceEvent.Failed(spec(), e.getMessage()));
                running = false;
            }
            device.close();
            device = null;
        }
    }

    /** Reads one attachment of the device until it goes away or the source stops. */
    private void readUntilGone(HidDevice device, SourceListener listener) throws DeviceException {
        if (!device.open()) {
            throw new DeviceException("cannot open " + id() + ": " + device.getLastErrorMessage()
                    + " (on Linux, install drivers/linux/70-steadyhand-hid.rules)");
        }
        ReportMapper mapper = mapperFor(device);
        listener.sourceEventReceived(new SourceEvent.Attached(
                spec(), id() + " " + device.getProduct() + ": " + mapper.description(), mapper.channels()));
        ReportStream stream = new ReportStream(spec(), mapper, listener, MAX_BLOCK_SAMPLES);
        byte[] buffer = new byte[DescriptorParser.MAX_REPORT_BYTES + 1];
        while (running) {
            int read = device.read(buffer, READ_TIMEOUT_MILLIS);
            if (read < 0) {
                stream.flush();
                listener.sourceEventReceived(
                        new SourceEvent.Detached(spec(), id() + " went away: " + device.getLastErrorMessage()));
                return;
            }
            if (read == 0) {
                stream.flush();
            } else {
                stream.report(clock.nowNanos(), buffer, read);
            }
        }
        stream.flush();
    }

    private ReportMapper mapperFor(HidDevice device) throws DeviceException {
        byte[] descriptor = new byte[DESCRIPTOR_BUFFER_BYTES];
        int length = device.getReportDescriptor(descriptor);
        if (length <= 0) {
            throw new DeviceException(
                    "cannot read the report descriptor of " + id() + ": " + device.getLastErrorMessage());
        }
        ParseResult parsed = DescriptorParser.parse(java.util.Arrays.copyOf(descriptor, length));
        if (parsed instanceof ParseResult.Rejected rejected) {
            throw new DeviceException(id() + " sent a report descriptor Steadyhand cannot read: " + rejected.reason());
        }
        return ReportMappers.forDevice(
                spec.vendorId(), spec.productId(), ((ParseResult.Parsed) parsed).descriptor(), ReportRate.DEFAULT_HZ);
    }

    /** hid4java's scan-thread callbacks: only flag a matching attach; detach shows as a read error. */
    private final class Replug implements HidServicesListener {
        @Override
        public void hidDeviceAttached(HidServicesEvent event) {
            HidDevice device = event.getHidDevice();
            if (device.isVidPidSerial(
                    spec.vendorId(), spec.productId(), spec.serialNumber().orElse(null))) {
                replugged = true;
            }
        }

        @Override
        public void hidDeviceDetached(HidServicesEvent event) {
            LOG.debug("{}: detached {}", spec(), event.getHidDevice().getPath());
        }

        @Override
        public void hidFailure(HidServicesEvent event) {
            LOG.warn("{}: HID failure on {}", spec(), event.getHidDevice().getPath());
        }

        @Override
        public void hidDataReceived(HidServicesEvent event) {
            // hid4java's own data reading is off; the reader thread reads.
        }
    }

    @Override
    public void stop() {
        Thread thread;
        HidServices toShutDown;
        synchronized (this) {
            running = false;
            thread = worker;
            toShutDown = services;
        }
        if (thread != null && thread != Thread.currentThread()) {
            LockSupport.unpark(thread);
            WorkerThreads.awaitEnd(thread);
        }
        if (toShutDown != null) {
            toShutDown.shutdown();
        }
    }
}

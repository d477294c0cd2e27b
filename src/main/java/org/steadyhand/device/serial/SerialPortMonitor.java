package org.steadyhand.device.serial;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices serial ports being plugged in and unplugged by looking at the system's port list and at
 * typed paths (ptys, udev links, which the OS list lacks) about once a second. jSerialComm has no
 * hot-plug callback, and a one-second look is cheap (a directory scan) and fast enough for a person
 * plugging in a cable.
 *
 * <p>A port whose name, path, USB id or serial number changed counts as one disappearing and
 * another appearing. The first look reports every port present as appeared.
 *
 * <p>Threading: {@link #scan()} is synchronized; {@link #start} runs it on a daemon thread and
 * calls the listener there. {@link #close} stops the thread and is idempotent.
 */
public final class SerialPortMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SerialPortMonitor.class);
    public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(1);

    private final Supplier<List<SerialPortInfo>> systemPorts;
    private final List<String> watchedPaths;
    private final Set<SerialPortInfo> seen = new LinkedHashSet<>(); // guarded by this
    private ScheduledExecutorService timer; // guarded by this

    /**
     * @param systemPorts the OS's port list, e.g. {@link SerialPorts#list()}
     * @param watchedPaths paths to check on the file system as well, e.g. from device profiles
     */
    public SerialPortMonitor(Supplier<List<SerialPortInfo>> systemPorts, List<String> watchedPaths) {
        this.systemPorts = systemPorts;
        this.watchedPaths = List.copyOf(watchedPaths);
    }

    /** A monitor of this machine's ports plus {@code watchedPaths}. */
    public static SerialPortMonitor ofSystem(List<String> watchedPaths) {
        return new SerialPortMonitor(SerialPorts::list, watchedPaths);
    }

    /** Looks once; returns what changed since the last look, disappearances first. */
    public synchronized List<PortChange> scan() {
        Set<SerialPortInfo> now = new LinkedHashSet<>(systemPorts.get());
        for (String path : watchedPaths) {
            if (exists(path) && now.stream().noneMatch(p -> p.isNamed(path))) {
                now.add(SerialPortInfo.ofPath(path));
            }
        }
        List<PortChange> changes = new ArrayList<>();
        for (SerialPortInfo port : seen) {
            if (!now.contains(port)) {
                changes.add(new PortChange.Disappeared(port));
            }
        }
        for (SerialPortInfo port : now) {
            if (!seen.contains(port)) {
                changes.add(new PortChange.Appeared(port));
            }
        }
        seen.clear();
        seen.addAll(now);
        return List.copyOf(changes);
    }

    /** The ports present at the last look. */
    public synchronized List<SerialPortInfo> present() {
        return List.copyOf(seen);
    }

    /** Looks every {@code period} on a daemon thread, reporting each change to {@code listener}. */
    public synchronized void start(Duration period, Consumer<PortChange> listener) {
        if (timer != null) {
            throw new IllegalStateException("the serial port monitor is already running");
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("'period' must be > 0, got " + period);
        }
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("serial-port-monitor").factory());
        timer.scheduleWithFixedDelay(
                () -> {
                    try {
                        scan().forEach(listener);
                    } catch (RuntimeException e) {
                        // One failed look (a port vanishing mid-enumeration) must not end monitoring.
                        LOG.warn("looking for serial ports failed; trying again", e);
                    }
                },
                0,
                period.toNanos(),
                TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = timer;
        }
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean exists(String path) {
        try {
            return Files.exists(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}

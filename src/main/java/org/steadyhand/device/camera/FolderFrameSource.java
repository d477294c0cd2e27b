package org.steadyhand.device.camera;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Frames from image files ({@code .jpg}, {@code .jpeg}, {@code .png}) that a tethered camera or
 * its software writes into a folder. Files already there when the source starts are old photos
 * and are not read. A new file is read once it is fully written: its size and modification time
 * stayed the same for {@link #STABLE_MILLIS}. New files are taken in the order they were written.
 * A {@link WatchService} wakes the source early; a scan every {@link #SCAN_MILLIS} catches what
 * it misses (network shares often send no events).
 */
public final class FolderFrameSource extends RetryingFrameSource {
    static final long SCAN_MILLIS = 100;
    static final long STABLE_MILLIS = 150;

    private final Path folder;

    public FolderFrameSource(Path folder, LongSupplier nowNanos, Backoff backoff) {
        super("camera folder " + folder, nowNanos, backoff);
        this.folder = folder;
    }

    private record Seen(long size, long modifiedMillis, long sinceNanos) {}

    @Override
    void readFrames(Sink sink) throws IOException, InterruptedException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(what + " does not exist or is not a folder");
        }
        Set<Path> taken = new HashSet<>(list().keySet());
        Map<Path, Seen> pending = new HashMap<>();
        try (WatchService watch = folder.getFileSystem().newWatchService()) {
            sink.closeOnStop(watch);
            folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            sink.connected("camera folder " + folder);
            while (sink.running()) {
                try {
                    var key = watch.poll(SCAN_MILLIS, TimeUnit.MILLISECONDS);
                    if (key != null) {
                        key.pollEvents();
                        key.reset();
                    }
                } catch (ClosedWatchServiceException e) {
                    return;
                }
                if (!Files.isDirectory(folder)) {
                    throw new IOException(what + " is gone");
                }
                Map<Path, BasicFileAttributes> files = list();
                taken.retainAll(files.keySet()); // a photo deleted and written again is a new photo
                for (Path file : ready(files, taken, pending)) {
                    taken.add(file);
                    byte[] bytes;
                    try {
                        bytes = Files.readAllBytes(file);
                    } catch (IOException e) {
                        taken.remove(file); // vanished or locked: look again next scan
                        continue;
                    }
                    sink.frame(bytes, file.toString());
                }
            }
        }
    }

    /** Files whose size and time have not changed for {@link #STABLE_MILLIS}, oldest first. */
    private static List<Path> ready(Map<Path, BasicFileAttributes> files, Set<Path> taken, Map<Path, Seen> pending) {
        long now = System.nanoTime();
        List<Path> ready = new ArrayList<>();
        pending.keySet().retainAll(files.keySet());
        for (var entry : files.entrySet()) {
            Path file = entry.getKey();
            if (taken.contains(file)) {
                continue;
            }
            BasicFileAttributes attributes = entry.getValue();
            long modified = attributes.lastModifiedTime().toMillis();
            Seen seen = pending.get(file);
            if (seen == null || seen.size() != attributes.size() || seen.modifiedMillis() != modified) {
                pending.put(file, new Seen(attributes.size(), modified, now));
            } else if (attributes.size() > 0 && now - seen.sinceNanos() >= STABLE_MILLIS * 1_000_000) {
                ready.add(file);
            }
        }
        ready.sort(Comparator.comparingLong(
                        (Path p) -> files.get(p).lastModifiedTime().toMillis())
                .thenComparing(Path::toString));
        ready.forEach(pending::remove);
        return ready;
    }

    private Map<Path, BasicFileAttributes> list() throws IOException {
        Map<Path, BasicFileAttributes> files = new HashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path file : entries) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.startsWith(".")
                        || !(name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png"))) {
                    continue;
                }
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        files.put(file, attributes);
                    }
                } catch (IOException e) {
                    // removed between listing and reading: not there
                }
            }
        }
        return files;
    }
}

package org.steadyhand.device.serial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A serial port at a fixed path that can be unplugged and plugged in again, as a USB adapter's
 * {@code /dev/serial/by-id/...} link behaves: the path is a symlink to the current {@link
 * PseudoTerminal}'s slave; {@link #unplug()} closes the terminal and removes the link, {@link
 * #plugIn()} makes a new terminal and points the link at it.
 *
 * <p>One test thread plugs and unplugs; an emulator thread may use {@link #current()} meanwhile
 * (a write to a terminal unplugged under it throws {@link IllegalStateException}).
 */
public final class VirtualSerialPort implements AutoCloseable {
    private final Path link;
    private volatile PseudoTerminal terminal;

    private VirtualSerialPort(Path link) {
        this.link = link;
    }

    /** A port plugged in at {@code link} (a path that must not exist yet). */
    public static VirtualSerialPort pluggedInAt(Path link) {
        VirtualSerialPort port = new VirtualSerialPort(link);
        port.plugIn();
        return port;
    }

    /** The stable path Steadyhand opens. */
    public String path() {
        return link.toString();
    }

    /** The terminal plugged in now. */
    public PseudoTerminal terminal() {
        return Optional.ofNullable(terminal).orElseThrow(() -> new IllegalStateException(link + " is unplugged"));
    }

    /** The terminal plugged in now, if any; for emulator threads. */
    public Optional<PseudoTerminal> current() {
        return Optional.ofNullable(terminal);
    }

    public void plugIn() {
        if (terminal != null) {
            throw new IllegalStateException(link + " is already plugged in");
        }
        PseudoTerminal next = PseudoTerminal.open();
        try {
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, Path.of(next.slavePath()));
        } catch (IOException e) {
            next.close();
            throw new UncheckedIOException(e);
        }
        terminal = next;
    }

    public void unplug() {
        if (terminal != null) {
            terminal.close();
            terminal = null;
        }
        try {
            Files.deleteIfExists(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        unplug();
    }
}

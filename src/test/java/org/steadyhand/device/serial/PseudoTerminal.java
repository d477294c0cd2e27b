package org.steadyhand.device.serial;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

/**
 * A pseudo-terminal pair made with libc's {@code openpty}, standing in for a serial instrument: the
 * test plays the instrument on the master side ({@link #write}, {@link #read}) and hands Steadyhand
 * the slave's path ({@link #slavePath()}), which jSerialComm opens like any tty. Closing the master
 * is what an unplug looks like to the reader (its reads fail with EIO).
 *
 * <p>The slave is put in raw mode at once, so nothing the instrument writes before Steadyhand opens
 * the port is echoed or translated. The master is non-blocking; {@link #write} retries until the
 * kernel buffer takes every byte, so a slow reader slows the instrument down instead of losing data.
 *
 * <p>Writes from one thread and reads from another are fine; {@link #close} is idempotent.
 */
public final class PseudoTerminal implements AutoCloseable {
    private static final int F_GETFL = 3;
    private static final int F_SETFL = 4;
    private static final int O_NONBLOCK = 0x800;
    private static final int EAGAIN = 11;
    private static final int TCSANOW = 0;
    /** Larger than Linux's struct termios (60 bytes), so tcgetattr cannot write past it. */
    private static final int TERMIOS_BYTES = 256;

    /** The libc calls used here; openpty is in libc since glibc 2.34 (Debian 12 has 2.36). */
    interface LibC extends Library {
        int openpty(IntByReference master, IntByReference slave, byte[] name, Pointer termios, Pointer winsize);

        int close(int fd);

        NativeLong read(int fd, byte[] buffer, NativeLong count);

        NativeLong write(int fd, byte[] buffer, NativeLong count);

        int fcntl(int fd, int cmd, int arg);

        int tcgetattr(int fd, Pointer termios);

        int tcsetattr(int fd, int when, Pointer termios);

        void cfmakeraw(Pointer termios);
    }

    private static final LibC C = Native.load("c", LibC.class);

    private final int master;
    private final int slave;
    private final String slavePath;
    private volatile boolean closed;

    private PseudoTerminal(int master, int slave, String slavePath) {
        this.master = master;
        this.slave = slave;
        this.slavePath = slavePath;
    }

    /** Creates a pair; the slave path is e.g. {@code /dev/pts/3}. */
    public static PseudoTerminal open() {
        IntByReference master = new IntByReference();
        IntByReference slave = new IntByReference();
        byte[] name = new byte[256];
        if (C.openpty(master, slave, name, null, null) != 0) {
            throw new UncheckedIOException(new IOException("openpty failed, errno " + Native.getLastError()));
        }
        Memory termios = new Memory(TERMIOS_BYTES);
        termios.clear();
        if (C.tcgetattr(slave.getValue(), termios) != 0) {
            throw new UncheckedIOException(new IOException("tcgetattr failed, errno " + Native.getLastError()));
        }
        C.cfmakeraw(termios);
        C.tcsetattr(slave.getValue(), TCSANOW, termios);
        int flags = C.fcntl(master.getValue(), F_GETFL, 0);
        C.fcntl(master.getValue(), F_SETFL, flags | O_NONBLOCK);
        return new PseudoTerminal(master.getValue(), slave.getValue(), Native.toString(name));
    }

    public String slavePath() {
        return slavePath;
    }

    /**
     * Writes all of {@code bytes} to the master, as the instrument sending them.
     *
     * @throws IllegalStateException if the terminal was closed (before or while writing)
     */
    public void write(byte[] bytes) {
        int offset = 0;
        while (offset < bytes.length) {
            if (closed) {
                throw new IllegalStateException("pseudo-terminal " + slavePath + " is closed");
            }
            byte[] chunk = offset == 0 ? bytes : Arrays.copyOfRange(bytes, offset, bytes.length);
            long n;
            int errno;
            synchronized (this) { // never touch the fd number after close: it may be reused
                if (closed) {
                    throw new IllegalStateException("pseudo-terminal " + slavePath + " is closed");
                }
                n = C.write(master, chunk, new NativeLong(chunk.length)).longValue();
                errno = n < 0 ? Native.getLastError() : 0;
            }
            if (n > 0) {
                offset += (int) n;
            } else if (n < 0 && errno != EAGAIN) {
                throw new IllegalStateException("write to pseudo-terminal " + slavePath + " failed, errno " + errno);
            } else {
                LockSupport.parkNanos(200_000); // the reader has not caught up; wait a little
            }
        }
    }

    /**
     * Reads what Steadyhand sent (a poll command), waiting up to {@code timeoutMillis}.
     *
     * @return bytes read, 0 if none arrived in time or the terminal is closed
     */
    public int read(byte[] buffer, long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (true) {
            long n;
            synchronized (this) {
                if (closed) {
                    return 0;
                }
                n = C.read(master, buffer, new NativeLong(buffer.length)).longValue();
            }
            if (n > 0) {
                return (int) n;
            }
            if (System.nanoTime() >= deadline) {
                return 0;
            }
            LockSupport.parkNanos(200_000);
        }
    }

    /** Closes both sides: to the reader this is an unplug. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            C.close(master);
            C.close(slave);
        }
    }
}

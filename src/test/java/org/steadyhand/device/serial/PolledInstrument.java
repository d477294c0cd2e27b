package org.steadyhand.device.serial;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A polled instrument on a {@link VirtualSerialPort}: answers every request byte it reads with the
 * reply for the running request count, across unplugs and replugs, until closed. Runs on its own
 * daemon thread.
 */
public final class PolledInstrument implements AutoCloseable {
    private final VirtualSerialPort port;
    private final byte requestByte;
    private final LongFunction<byte[]> reply;
    private final AtomicLong answered = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param requestByte the byte that ends a request, e.g. {@code '\r'} for {@code "?\r"}
     * @param reply the reply to request number n (0, 1, ...)
     */
    public PolledInstrument(VirtualSerialPort port, byte requestByte, LongFunction<byte[]> reply) {
        this.port = port;
        this.requestByte = requestByte;
        this.reply = reply;
        this.thread = Thread.ofPlatform().daemon().name("polled-instrument").start(this::run);
    }

    /** Requests answered so far, counting a reply from the moment it is written. */
    public long answered() {
        return answered.get();
    }

    private void run() {
        byte[] buffer = new byte[256];
        while (running) {
            PseudoTerminal terminal = port.current().orElse(null);
            if (terminal == null) {
                Thread.onSpinWait();
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                continue;
            }
            try {
                int n = terminal.read(buffer, 20);
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == requestByte) {
                        // Counted before the write: the host may read the reply and the test
                        // check the count before this thread runs again.
                        terminal.write(reply.apply(answered.getAndIncrement()));
                    }
                }
            } catch (IllegalStateException unplugged) {
                // The test unplugged the terminal while we wrote; wait for the next one.
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}

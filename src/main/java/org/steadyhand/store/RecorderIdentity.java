package org.steadyhand.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;

/**
 * Which process records a session: host, pid and process start time. A later start uses it to
 * tell a recording still in progress (in another process on this host) from one whose process
 * died. The start time guards against a reused pid.
 */
record RecorderIdentity(String host, long pid, long startEpochMillis) {
    static RecorderIdentity current() {
        ProcessHandle self = ProcessHandle.current();
        long start = self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        return new RecorderIdentity(hostName(), self.pid(), start);
    }

    /** Whether that process is still running; only answerable for this host. */
    boolean isAlive() {
        if (!host.equals(hostName())) {
            return true; // a database shared with another host: never declare its sessions dead
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        long start =
                process.get().info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        // Start times from /proc are rounded; a pid reused by a new process starts much later.
        return startEpochMillis == 0 || Math.abs(start - startEpochMillis) < 2_000;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}

package org.steadyhand.league.sync;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.store.LeagueOutbox;
import org.steadyhand.store.OutboxEntry;
import org.steadyhand.store.StoreException;

/**
 * Sends the league outbox to the server on a background thread, oldest score first. A score leaves
 * the outbox only when the server acknowledges it (stored now or before) or refuses it for good;
 * on anything else (no network, server down, 429, 5xx, a lost reply) it stays and the sender backs
 * off exponentially and sends it again. Because every submission carries the session id as its
 * idempotency key, sending again never counts a score twice, so the outbox can wait offline
 * indefinitely and survive restarts of either side.
 *
 * <p>Thread-safe: {@link #wake()}, {@link #status()} and {@link #close()} from any thread; status
 * listeners are called on the sender thread.
 */
public final class SyncSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncSender.class);
    /** Entries read from the outbox at a time. */
    private static final int BATCH = 200;

    private final LeagueOutbox outbox;
    private final LeagueApi api;
    private final String refreshToken;
    private final Backoff backoff;
    private final Clock clock;
    private final Duration idlePoll;
    private final LinkedBlockingQueue<Boolean> signals = new LinkedBlockingQueue<>();
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile SyncStatus status;
    private Optional<String> accessToken = Optional.empty();
    private Optional<Instant> lastSuccess = Optional.empty();
    private int failures;

    /**
     * @param idlePoll how often to look at the outbox when nothing woke the sender
     */
    public SyncSender(
            LeagueOutbox outbox, LeagueApi api, String refreshToken, Backoff backoff, Clock clock, Duration idlePoll) {
        this.outbox = outbox;
        this.api = api;
        this.refreshToken = refreshToken;
        this.backoff = backoff;
        this.clock = clock;
        this.idlePoll = idlePoll;
        this.status =
                new SyncStatus(SyncStatus.State.SENDING, 0, 0, 0, Optional.empty(), Optional.empty(), Optional.empty());
        this.thread = Thread.ofPlatform().daemon().name("league-sync").unstarted(this::run);
    }

    public SyncSender start() {
        thread.start();
        return this;
    }

    /** A score was queued: send without waiting for the next poll (back-off still applies). */
    public void wake() {
        signals.offer(Boolean.TRUE);
    }

    public SyncStatus status() {
        return status;
    }

    public void onStatus(Consumer<SyncStatus> listener) {
        listeners.add(listener);
    }

    private void run() {
        while (running) {
            try {
                if (sendPending()) {
                    failures = 0;
                    publish(SyncStatus.State.UP_TO_DATE, Optional.empty(), Optional.empty());
                    pause(idlePoll, true);
                }
            } catch (Revoked e) {
                publish(SyncStatus.State.PAIRING_REVOKED, Optional.of(e.getMessage()), Optional.empty());
                pause(idlePoll, true);
            } catch (IOException | TryLaterException | StoreException e) {
                failures++;
                Duration delay =
                        backoff.delay(failures, ThreadLocalRandom.current().nextDouble());
                LOG.debug("league sync failed ({} in a row), retrying in {}: {}", failures, delay, e.getMessage());
                publish(
                        SyncStatus.State.OFFLINE,
                        Optional.of(describe(e)),
                        Optional.of(clock.instant().plus(delay)));
                pause(delay, false);
            } catch (InterruptedException e) {
                break;
            }
        }
        publish(SyncStatus.State.STOPPED, status.lastError(), Optional.empty());
    }

    /** Sends everything pending; true when the outbox is empty. */
    private boolean sendPending() throws IOException, InterruptedException, TryLaterException, Revoked {
        while (running) {
            List<OutboxEntry> batch = outbox.pending(BATCH);
            if (batch.isEmpty()) {
                return true;
            }
            publish(SyncStatus.State.SENDING, status.lastError(), Optional.empty());
            for (OutboxEntry entry : batch) {
                send(entry);
            }
        }
        return false;
    }

    private void send(OutboxEntry entry) throws IOException, InterruptedException, TryLaterException, Revoked {
        for (int authAttempts = 0; ; authAttempts++) {
            LeagueApi.Reply reply;
            try {
                reply = api.submit(token(), entry);
            } catch (IOException e) {
                outbox.recordFailure(entry.session(), describe(e));
                throw e;
            }
            switch (reply) {
                case LeagueApi.Accepted accepted -> {
                    outbox.markSent(entry.session(), clock.instant());
                    lastSuccess = Optional.of(clock.instant());
                    failures = 0; // the server is back: the next failure starts the back-off afresh
                    return;
                }
                case LeagueApi.Refused refused -> {
                    LOG.warn("league refused the score of session {}: {}", entry.session(), refused.message());
                    outbox.markRejected(entry.session(), refused.code() + ": " + refused.message(), clock.instant());
                    return;
                }
                case LeagueApi.TryLater later -> {
                    outbox.recordFailure(entry.session(), "HTTP " + later.status() + ": " + later.message());
                    throw new TryLaterException("server answered " + later.status() + ": " + later.message());
                }
                case LeagueApi.Unauthorized unauthorized -> {
                    accessToken = Optional.empty();
                    if (authAttempts > 0) {
                        throw new TryLaterException("a fresh token was refused: " + unauthorized.message());
                    }
                }
            }
        }
    }

    private String token() throws IOException, InterruptedException, Revoked {
        if (accessToken.isEmpty()) {
            accessToken = Optional.of(api.refresh(refreshToken)
                    .orElseThrow(
                            () -> new Revoked("the league server no longer accepts this workstation; pair again")));
        }
        return accessToken.get();
    }

    private void pause(Duration duration, boolean wakeable) {
        long deadline = System.nanoTime() + duration.toNanos();
        try {
            while (running) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                Boolean signal = signals.poll(left, TimeUnit.NANOSECONDS);
                if (signal != null && wakeable) {
                    signals.clear();
                    return;
                }
            }
        } catch (InterruptedException e) {
            running = false;
        }
    }

    private void publish(SyncStatus.State state, Optional<String> error, Optional<Instant> next) {
        LeagueOutbox.Counts counts;
        try {
            counts = outbox.counts();
        } catch (StoreException e) {
            counts = new LeagueOutbox.Counts(status.pending(), status.sent(), status.rejected());
        }
        status = new SyncStatus(state, counts.pending(), counts.sent(), counts.rejected(), lastSuccess, error, next);
        for (Consumer<SyncStatus> listener : listeners) {
            listener.accept(status);
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Stops the sender; queued scores stay in the outbox for the next start. */
    @Override
    public void close() {
        running = false;
        signals.offer(Boolean.TRUE);
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class TryLaterException extends Exception {
        TryLaterException(String message) {
            super(message);
        }
    }

    private static final class Revoked extends Exception {
        Revoked(String message) {
            super(message);
        }
    }
}

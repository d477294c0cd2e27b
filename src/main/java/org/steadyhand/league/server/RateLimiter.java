package org.steadyhand.league.server;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-client token buckets: each client (its address) may make {@code perSecond} requests a
 * second on average with bursts up to {@code burst}; beyond that the server answers 429. Buckets
 * idle long enough to be full again are forgotten, so memory stays bounded by the active clients.
 *
 * <p>Thread-safe.
 */
final class RateLimiter {
    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long lastNanos;

        Bucket(double tokens, long lastNanos) {
            this.tokens = tokens;
            this.lastNanos = lastNanos;
        }
    }

    /** {@code perSecond} 0 turns limiting off. */
    RateLimiter(double perSecond, double burst, LongSupplier nanoTime) {
        if (perSecond < 0 || burst < 1 && perSecond > 0) {
            throw new IllegalArgumentException("rate must be >= 0 and burst >= 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    /** Takes one request's token for {@code client}; false when the client is over its rate. */
    boolean tryAcquire(String client) {
        if (perSecond == 0) {
            return true;
        }
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.lastNanos) * perSecond / 1e9);
            bucket.lastNanos = now;
            if (bucket.tokens < 1) {
                return false;
            }
            bucket.tokens -= 1;
        }
        if (buckets.size() > 10_000) {
            forgetIdle(now);
        }
        return true;
    }

    private void forgetIdle(long now) {
        long fullAfterNanos = (long) (burst / perSecond * 1e9);
        buckets.entrySet().removeIf(e -> now - e.getValue().lastNanos > fullAfterNanos);
    }
}

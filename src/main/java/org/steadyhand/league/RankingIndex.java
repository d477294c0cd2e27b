package org.steadyhand.league;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The leaderboards in memory: each trainee's best score per module, and their total over modules,
 * ranked. Built from the stored scores at start and updated on every accepted submission, so the
 * top of a board and a trainee's rank are answered in O(log n) without touching the database.
 *
 * <p>Order (deterministic, so every reader sees the same ranks): more points first; on equal points
 * whoever reached them earlier; then the trainee id (text order).
 *
 * <p>Thread-safe: a read-write lock; {@link #version()} changes whenever a board changes, so callers
 * may cache rendered pages per version.
 */
public final class RankingIndex {
    /** The board name of the global (all modules) leaderboard. */
    public static final String GLOBAL = "";

    private record Entry(String traineeId, double points, long achievedAtMillis) {}

    private static final Comparator<Entry> ORDER = Comparator.comparingDouble((Entry e) -> -e.points())
            .thenComparingLong(Entry::achievedAtMillis)
            .thenComparing(Entry::traineeId);

    private static final class Trainee {
        String name;
        final Map<String, Entry> bestByModule = new HashMap<>();
        Entry total;

        Trainee(String name) {
            this.name = name;
        }
    }

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Trainee> trainees = new HashMap<>();
    private final Map<String, RankedSet<Entry>> boards = new HashMap<>();
    private volatile long version;

    /**
     * Takes a score into account; returns whether any board changed (false when it is not better
     * than the trainee's best in that module).
     */
    public boolean accept(String traineeId, String traineeName, String moduleId, double overall, Instant achievedAt) {
        long at = achievedAt.toEpochMilli();
        lock.writeLock().lock();
        try {
            Trainee trainee = trainees.computeIfAbsent(traineeId, id -> new Trainee(traineeName));
            if (!trainee.name.equals(traineeName)) {
                trainee.name = traineeName;
                version++; // boards show names: a rename changes them
            }
            Entry candidate = new Entry(traineeId, overall, at);
            Entry best = trainee.bestByModule.get(moduleId);
            if (best != null && ORDER.compare(candidate, best) >= 0) {
                return false;
            }
            RankedSet<Entry> board = boards.computeIfAbsent(moduleId, m -> new RankedSet<>(ORDER));
            if (best != null) {
                board.remove(best);
            }
            board.add(candidate);
            trainee.bestByModule.put(moduleId, candidate);
            updateTotal(trainee, traineeId);
            version++;
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void updateTotal(Trainee trainee, String traineeId) {
        double points = 0;
        long latest = Long.MIN_VALUE;
        for (Entry best : trainee.bestByModule.values()) {
            points += best.points();
            latest = Math.max(latest, best.achievedAtMillis());
        }
        RankedSet<Entry> global = boards.computeIfAbsent(GLOBAL, m -> new RankedSet<>(ORDER));
        if (trainee.total != null) {
            global.remove(trainee.total);
        }
        trainee.total = new Entry(traineeId, points, latest);
        global.add(trainee.total);
    }

    /** Up to {@code limit} standings of {@code board} ({@link #GLOBAL} or a module id) from {@code offset}. */
    public List<Standing> top(String board, int offset, int limit) {
        lock.readLock().lock();
        try {
            RankedSet<Entry> set = boards.get(board);
            if (set == null) {
                return List.of();
            }
            List<Entry> entries = set.range(offset, limit);
            Standing[] out = new Standing[entries.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = standing(offset + i + 1, entries.get(i));
            }
            return List.of(out);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The trainee's standing on {@code board}; empty when they have no score there. */
    public Optional<Standing> rankOf(String traineeId, String board) {
        lock.readLock().lock();
        try {
            Trainee trainee = trainees.get(traineeId);
            RankedSet<Entry> set = boards.get(board);
            if (trainee == null || set == null) {
                return Optional.empty();
            }
            Entry entry = board.equals(GLOBAL) ? trainee.total : trainee.bestByModule.get(board);
            return entry == null ? Optional.empty() : Optional.of(standing(set.rankOf(entry) + 1, entry));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** How many trainees have a standing on {@code board}. */
    public int size(String board) {
        lock.readLock().lock();
        try {
            RankedSet<Entry> set = boards.get(board);
            return set == null ? 0 : set.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Changes on every board change; equal versions mean equal boards. */
    public long version() {
        return version;
    }

    private Standing standing(int rank, Entry entry) {
        return new Standing(
                rank,
                entry.traineeId(),
                trainees.get(entry.traineeId()).name,
                entry.points(),
                Instant.ofEpochMilli(entry.achievedAtMillis()));
    }
}

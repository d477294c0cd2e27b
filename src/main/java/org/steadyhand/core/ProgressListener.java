package org.steadyhand.core;

/** Hears how far a long job (export, import, batch analysis) has come; called on the job's thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> {};

    /**
     * @param done units of work finished so far
     * @param total units of work in all, &gt;= done
     */
    void progressed(long done, long total);
}

package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.ui.common.TaskRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Collects row changes from any thread and applies them on the UI thread in one go, at most once per
 * {@link #INTERVAL}: the first change after a quiet spell is applied at once, later ones wait for the next slot. So
 * however many token answers arrive, the table sees at most ten updates a second, and no answer costs the JavaFX
 * thread a runnable of its own. Scheduling goes through the injected {@link TaskRunner}; tests drive its clock.
 */
final class UpdateBatcher {

    static final Duration INTERVAL = Duration.ofMillis(100);

    private final TaskRunner tasks;
    private final LongSupplier nanoTime;
    private final ConcurrentLinkedQueue<Runnable> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long lastFlush = Long.MIN_VALUE / 2;
    private int flushes;
    private int lastBatchSize;

    UpdateBatcher(TaskRunner tasks, LongSupplier nanoTime) {
        this.tasks = tasks;
        this.nanoTime = nanoTime;
    }

    /** Queues {@code change} to run on the UI thread with the next batch. Safe from any thread. */
    void post(Runnable change) {
        pending.add(change);
        if (scheduled.compareAndSet(false, true)) {
            long wait = Math.max(0, lastFlush + INTERVAL.toNanos() - nanoTime.getAsLong());
            tasks.schedule(Duration.ofNanos(wait), this::flush);
        }
    }

    /** Applies everything queued so far; runs on the UI thread. */
    private void flush() {
        scheduled.set(false);
        lastFlush = nanoTime.getAsLong();
        List<Runnable> batch = new ArrayList<>();
        for (Runnable change = pending.poll(); change != null; change = pending.poll()) {
            batch.add(change);
        }
        if (batch.isEmpty()) {
            return;
        }
        flushes++;
        lastBatchSize = batch.size();
        // One change that throws must not drop the rest of the batch: each answer also frees its request slot.
        RuntimeException first = null;
        for (Runnable change : batch) {
            try {
                change.run();
            } catch (RuntimeException failure) {
                if (first == null) {
                    first = failure;
                } else {
                    first.addSuppressed(failure);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** How many batches reached the UI thread so far (the table updates). */
    int flushes() {
        return flushes;
    }

    int lastBatchSize() {
        return lastBatchSize;
    }
}

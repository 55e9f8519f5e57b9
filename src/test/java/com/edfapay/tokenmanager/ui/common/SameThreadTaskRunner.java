package com.edfapay.tokenmanager.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work at once on the calling thread, or (when {@link #hold()} is on) queues it until {@link #release()},
 * so tests can look at a view-model while work is still "in flight".
 */
public final class SameThreadTaskRunner implements TaskRunner {

    private final List<Runnable> held = new ArrayList<>();
    private final List<java.util.concurrent.ExecutorService> pools = new ArrayList<>();
    private boolean holding;
    private int started;

    public SameThreadTaskRunner hold() {
        holding = true;
        return this;
    }

    /** Runs everything queued so far (and what that work queues in turn), then stops holding. */
    public void release() {
        holding = false;
        while (!held.isEmpty()) {
            held.remove(0).run();
        }
    }

    /** Runs the queued tasks one at a time while still holding new ones. */
    public boolean runNext() {
        if (held.isEmpty()) {
            return false;
        }
        held.remove(0).run();
        return true;
    }

    public int pending() {
        return held.size();
    }

    public int started() {
        return started;
    }

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Throwable> onFailure) {
        started++;
        boolean[] cancelled = {false};
        Runnable task = () -> {
            if (cancelled[0]) {
                return;
            }
            T result;
            try {
                result = work.call();
            } catch (Throwable failure) {
                if (!cancelled[0]) {
                    onFailure.accept(failure);
                }
                return;
            }
            if (!cancelled[0]) {
                onSuccess.accept(result);
            }
        };
        if (holding) {
            held.add(task);
        } else {
            task.run();
        }
        return new Cancellable() {
            @Override
            public void cancel() {
                cancelled[0] = true;
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }

    /** Scheduled actions wait here until the test advances the clock with {@link #elapse(Duration)}. */
    private final List<Scheduled> scheduled = new ArrayList<>();
    private Duration now = Duration.ZERO;

    /** Real threads even here: a job's parts run side by side (a sweep's reads wait on its pager). */
    @Override
    public java.util.concurrent.ExecutorService workerPool(String name, int threads) {
        java.util.concurrent.ExecutorService pool = TestPools.named(name, threads);
        synchronized (pools) {
            pools.add(pool);
        }
        return pool;
    }

    /** Waits until every worker pool made so far was shut down by its owner and its workers ended. */
    public boolean poolsEnded(Duration timeout) throws InterruptedException {
        List<java.util.concurrent.ExecutorService> made;
        synchronized (pools) {
            made = List.copyOf(pools);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (java.util.concurrent.ExecutorService pool : made) {
            long left = Math.max(0, deadline - System.nanoTime());
            if (!pool.awaitTermination(left, java.util.concurrent.TimeUnit.NANOSECONDS)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Scheduled entry = new Scheduled(now.plus(delay), action);
        scheduled.add(entry);
        return new Cancellable() {
            @Override
            public void cancel() {
                scheduled.remove(entry);
                entry.cancelled = true;
            }

            @Override
            public boolean isCancelled() {
                return entry.cancelled;
            }
        };
    }

    /** Moves the fake clock on and runs every scheduled action that has come due, in time order. */
    public void elapse(Duration amount) {
        now = now.plus(amount);
        while (true) {
            Scheduled due = scheduled.stream().filter(s -> s.at.compareTo(now) <= 0)
                    .min(java.util.Comparator.comparing(s -> s.at)).orElse(null);
            if (due == null) {
                return;
            }
            scheduled.remove(due);
            due.action.run();
        }
    }

    public int scheduledCount() {
        return scheduled.size();
    }

    private static final class Scheduled {
        final Duration at;
        final Runnable action;
        boolean cancelled;

        Scheduled(Duration at, Runnable action) {
            this.at = at;
            this.action = action;
        }
    }
}

package com.edfapay.tokenmanager.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way view-models start background work. Results and failures come back on the thread that owns the UI
 * state (the JavaFX thread in the app, the calling thread in tests), so callers never touch a bound property
 * from a pool thread.
 */
public interface TaskRunner {

    <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /**
     * Runs {@code work} in the background and hands nothing back: for work that reports through its own batching
     * (many small results that must not cost the UI thread one runnable each). {@code work} handles its own
     * failures.
     */
    default Cancellable runInBackground(Runnable work) {
        return run(() -> {
            work.run();
            return null;
        }, ignored -> { }, ignored -> { });
    }

    /** Hands a piece of work to the UI-state thread without running anything in the background. */
    void runOnUiThread(Runnable action);

    /**
     * Queues {@code action} for the UI-state thread even when called on it, so that what that thread is doing now
     * (a pulse that lays out a frame) ends first. Runners without an event queue run it as
     * {@link #runOnUiThread} does.
     */
    default void runOnUiThreadLater(Runnable action) {
        runOnUiThread(action);
    }

    /** Runs {@code action} on the UI-state thread after {@code delay} (debounce, clipboard clearing). */
    Cancellable schedule(java.time.Duration delay, Runnable action);

    /**
     * A fresh pool of {@code threads} daemon threads named {@code name-N}, for one job whose parts run side by side
     * on threads of their own (a token sweep's reads, the activity log's writer, the leak scan's readers), so they
     * never take the threads the UI's own background work needs. The caller shuts it down when the job ends. The
     * task runner is the one owner of threads (docs/decisions/0014): nothing else creates them.
     */
    java.util.concurrent.ExecutorService workerPool(String name, int threads);

    /** A running task; cancelling drops its result so a stale answer can never overwrite newer state. */
    interface Cancellable {
        void cancel();

        boolean isCancelled();
    }
}

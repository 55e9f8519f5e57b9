package com.edfapay.tokenmanager.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Real threads without the FX toolkit: work on a pool, results on one "UI" thread, like the app. Used where a
 * test must observe true concurrency.
 */
public final class ExecutorTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService pool;
    private final ScheduledExecutorService ui = Executors.newSingleThreadScheduledExecutor();

    public ExecutorTaskRunner(int threads) {
        this.pool = Executors.newFixedThreadPool(threads);
    }

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Throwable> onFailure) {
        CancelFlag cancelled = new CancelFlag();
        pool.submit(() -> {
            try {
                T result = work.call();
                ui.execute(() -> {
                    if (!cancelled.isCancelled()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Throwable failure) {
                ui.execute(() -> {
                    if (!cancelled.isCancelled()) {
                        onFailure.accept(failure);
                    }
                });
            }
        });
        return cancelled;
    }

    @Override
    public void runOnUiThread(Runnable action) {
        ui.execute(action);
    }

    /** Runs on the UI thread and waits, so tests read view-model state safely. */
    public <T> T onUi(Callable<T> read) throws Exception {
        return ui.submit(read).get(10, TimeUnit.SECONDS);
    }

    /** Real threads even here: a job's parts run side by side (a sweep's reads wait on its pager). */
    @Override
    public java.util.concurrent.ExecutorService workerPool(String name, int threads) {
        return TestPools.named(name, threads);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        CancelFlag cancelled = new CancelFlag();
        ui.schedule(() -> {
            if (!cancelled.isCancelled()) {
                action.run();
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
        return cancelled;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        ui.shutdownNow();
    }
}

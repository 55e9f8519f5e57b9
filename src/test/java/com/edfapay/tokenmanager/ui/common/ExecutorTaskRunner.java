package com.edfapay.tokenmanager.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
        AtomicBoolean cancelled = new AtomicBoolean();
        pool.submit(() -> {
            try {
                T result = work.call();
                ui.execute(() -> {
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Throwable failure) {
                ui.execute(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(failure);
                    }
                });
            }
        });
        return handle(cancelled);
    }

    @Override
    public void runOnUiThread(Runnable action) {
        ui.execute(action);
    }

    /** Runs on the UI thread and waits, so tests read view-model state safely. */
    public <T> T onUi(Callable<T> read) throws Exception {
        return ui.submit(read).get(10, TimeUnit.SECONDS);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        AtomicBoolean cancelled = new AtomicBoolean();
        ui.schedule(() -> {
            if (!cancelled.get()) {
                action.run();
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
        return handle(cancelled);
    }

    private static Cancellable handle(AtomicBoolean cancelled) {
        return new Cancellable() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    @Override
    public void close() {
        pool.shutdownNow();
        ui.shutdownNow();
    }
}

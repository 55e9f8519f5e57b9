package com.edfapay.tokenmanager.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.LoggerFactory;

/** Runs work on a daemon pool and delivers the outcome on the JavaFX application thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService pool;
    private final java.util.concurrent.ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(daemonThreads("background-timer"));

    public FxTaskRunner(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, daemonThreads("background"));
    }

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Throwable> onFailure) {
        CancelFlag cancelled = new CancelFlag();
        if (pool.isShutdown()) {
            // The app is closing: work asked for by a last callback is dropped, not thrown on the FX thread.
            cancelled.cancel();
            return cancelled;
        }
        cancelled.attach(pool.submit(() -> {
            if (cancelled.isCancelled()) {
                return;
            }
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    if (!cancelled.isCancelled()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Throwable failure) {
                // With its stack, so a failure leaves a trace; logback.xml masks secrets in message and stack. The
                // logger is looked up here, not in a static field, so creating the runner at start-up does not
                // initialise logging before the first frame. Work that was cancelled (its tab closed, a search
                // typed over, the app closing) often fails by being interrupted: not a failure worth a warning.
                if (cancelled.isCancelled() || pool.isShutdown()) {
                    LoggerFactory.getLogger(FxTaskRunner.class).debug("Cancelled background task ended: {}",
                            failure.getClass().getSimpleName());
                } else {
                    LoggerFactory.getLogger(FxTaskRunner.class).warn("Background task failed", failure);
                }
                Platform.runLater(() -> {
                    if (!cancelled.isCancelled()) {
                        onFailure.accept(failure);
                    }
                });
            }
        }));
        return cancelled;
    }

    @Override
    public Cancellable runInBackground(Runnable work) {
        CancelFlag cancelled = new CancelFlag();
        cancelled.attach(pool.submit(() -> {
            if (!cancelled.isCancelled()) {
                try {
                    work.run();
                } catch (RuntimeException failure) {
                    if (cancelled.isCancelled() || pool.isShutdown()) {
                        LoggerFactory.getLogger(FxTaskRunner.class).debug("Cancelled background work ended: {}",
                                failure.getClass().getSimpleName());
                    } else {
                        LoggerFactory.getLogger(FxTaskRunner.class).warn("Background work failed", failure);
                    }
                }
            }
        }));
        return cancelled;
    }

    @Override
    public void runOnUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void runOnUiThreadLater(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public Cancellable schedule(java.time.Duration delay, Runnable action) {
        CancelFlag cancelled = new CancelFlag();
        cancelled.attach(timer.schedule(() -> Platform.runLater(() -> {
            if (!cancelled.isCancelled()) {
                action.run();
            }
        }), delay.toMillis(), TimeUnit.MILLISECONDS));
        return cancelled;
    }

    @Override
    public ExecutorService workerPool(String name, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        return Executors.newFixedThreadPool(threads, daemonThreads(name));
    }

    @Override
    public void close() {
        timer.shutdownNow();
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

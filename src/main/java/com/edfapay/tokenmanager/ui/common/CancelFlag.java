package com.edfapay.tokenmanager.ui.common;

import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/** A cancellable task handle: a flag the delivering code checks, plus the future to stop if it has not started. */
public final class CancelFlag implements TaskRunner.Cancellable {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile @Nullable Future<?> future;

    public void attach(Future<?> running) {
        this.future = running;
    }

    @Override
    public void cancel() {
        cancelled.set(true);
        Future<?> running = future;
        if (running != null) {
            running.cancel(false);
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }
}

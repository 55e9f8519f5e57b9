package com.edfapay.tokenmanager.desktop.activity;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * Lets the UI thread record without touching the disk: entries go to one background writer thread, in order.
 * {@link #read()} runs on that same thread, after every entry recorded before it. Listeners hear of each entry at
 * once on the recording thread, so an open Activity tab can show it without reading the file again.
 */
public final class BackgroundActivityLog implements ActivityLog, AutoCloseable {


    private final ActivityLog delegate;
    private final ExecutorService writer;
    private final List<Consumer<ActivityEntry>> listeners = new CopyOnWriteArrayList<>();

    /**
     * {@code writer} must be a single-thread pool (the task runner's {@code workerPool("activity-log", 1)}): its one
     * thread keeps the entries in order. The log owns it from here on and shuts it down in {@link #close()}.
     */
    public BackgroundActivityLog(ActivityLog delegate, ExecutorService writer) {
        this.delegate = delegate;
        this.writer = writer;
    }

    /** Called with each recorded entry on the thread that recorded it. */
    public void addListener(Consumer<ActivityEntry> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ActivityEntry> listener) {
        listeners.remove(listener);
    }

    @Override
    public void record(ActivityEntry entry) {
        if (!writer.isShutdown()) {
            writer.execute(() -> delegate.record(entry));
        }
        for (Consumer<ActivityEntry> listener : listeners) {
            listener.accept(entry);
        }
    }

    @Override
    public List<ActivityEntry> read() {
        try {
            return writer.submit(() -> delegate.read()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the activity log", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("The activity log could not be read", cause);
        }
    }

    /** Writes what is queued (waiting a few seconds at most), then stops the writer. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
                // Looked up here: a static logger would set up logging before the first frame.
                LoggerFactory.getLogger(BackgroundActivityLog.class).warn("The activity log writer did not finish in time; some entries may be missing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package com.edfapay.tokenmanager.scan;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed pool of daemon threads (platform threads, one per core by default) for the scanner's readers. The caller
 * creates it, hands it to {@link LeakScanner}, and closes it when done, so a scan never competes with another pool
 * (the desktop app's task runner) and its size is known.
 */
public final class ScanPool implements Executor, AutoCloseable {

    private final int threads;
    private final ExecutorService pool;

    public ScanPool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "leak-scan-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One thread per available core. */
    public static ScanPool perCore() {
        return new ScanPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public int threads() {
        return threads;
    }

    /** A scanner that reads with every thread of this pool. */
    public LeakScanner scanner() {
        return new LeakScanner(this, threads);
    }

    @Override
    public void execute(Runnable command) {
        pool.execute(command);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

package com.edfapay.tokenmanager.scan;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;

/**
 * The scanner's readers: a fixed pool of daemon threads (one per core by default) made by the desktop app's task
 * runner, the one owner of threads (docs/decisions/0014). The caller hands it to {@link LeakScanner} and closes it
 * when done, so a scan never competes with the task runner's own pool and its size is known.
 */
public final class ScanPool implements Executor, AutoCloseable {

    private final int threads;
    private final ExecutorService pool;

    /** {@code pool} must have {@code threads} threads; the scan pool owns it from here on. */
    public ScanPool(ExecutorService pool, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
        this.pool = pool;
    }

    /** One thread per available core, from {@code pools} (given a thread count, a fresh pool of that many). */
    public static ScanPool perCore(IntFunction<ExecutorService> pools) {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new ScanPool(pools.apply(cores), cores);
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

package com.edfapay.tokenmanager.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The fixed pool the leak scanner reads files and history blobs on: one daemon thread per core. */
final class LeakScanPool {

    static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private LeakScanPool() {
    }

    static ExecutorService create() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "leak-scan-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}

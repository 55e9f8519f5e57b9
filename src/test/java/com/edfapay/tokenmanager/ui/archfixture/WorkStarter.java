package com.edfapay.tokenmanager.ui.archfixture;

import java.util.List;
import java.util.Timer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Every way around the task runner that the background-work rule must report. */
final class WorkStarter {

    private WorkStarter() {
    }

    static void thread(Runnable work) {
        new Thread(work, "named").start();
    }

    static ThreadPoolExecutor pool() {
        return new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    }

    static Timer timer() {
        return new Timer(true);
    }

    static long parallel(List<String> names) {
        return names.parallelStream().filter(String::isEmpty).count();
    }

    static CompletableFuture<Void> async(Runnable work) {
        return CompletableFuture.runAsync(work);
    }
}

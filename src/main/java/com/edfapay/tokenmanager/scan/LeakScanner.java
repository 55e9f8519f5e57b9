package com.edfapay.tokenmanager.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The leak scanner: a folder as it is now and, on request, every version of every file in its git history. Finds
 * token-shaped values ({@link TokenPatterns}); classifying them against a signed-in scope is
 * {@link LeakClassifier}'s job. Nothing leaves the machine, and no value is kept (see {@link Finding}).
 *
 * <p>The caller owns the threads: file reading and blob inflating run on the given executor, at most
 * {@code parallelism} tasks at a time, while the calling thread walks the folder and the commits. A fixed pool with
 * one thread per core is the intended executor; it must not be the pool the calling thread itself runs on unless
 * that pool has {@code parallelism} more threads to spare.
 */
public final class LeakScanner {

    private final Executor executor;
    private final int parallelism;

    public LeakScanner(Executor executor, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        this.executor = executor;
        this.parallelism = parallelism;
    }

    /** Blocks until done or cancelled. */
    public ScanResult scan(ScanRequest request, ScanMonitor monitor) throws IOException {
        if (!Files.isDirectory(request.folder())) {
            throw new java.nio.file.NotDirectoryException(request.folder().toString());
        }
        WorkingTreeScanner.Outcome files = new WorkingTreeScanner(executor, parallelism).scan(request, monitor);
        List<Finding> findings = new ArrayList<>(files.findings());
        List<Skipped> skipped = new ArrayList<>(files.skipped());
        boolean repository = HistoryScanner.isRepository(request.folder());
        long commits = 0;
        long blobs = 0;
        long blobBytes = 0;
        boolean cancelled = files.cancelled();
        if (request.history() && repository && !cancelled) {
            HistoryScanner.Outcome history = new HistoryScanner(executor, parallelism).scan(request, monitor);
            findings.addAll(history.findings());
            skipped.addAll(history.skipped());
            commits = history.commits();
            blobs = history.blobs();
            blobBytes = history.bytes();
            cancelled = history.cancelled();
        }
        return new ScanResult(findings, skipped,
                new ScanResult.Stats(files.files(), files.bytes(), commits, blobs, blobBytes), repository, cancelled);
    }
}

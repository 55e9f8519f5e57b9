package com.edfapay.tokenmanager.scan;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Scans the files of a folder. One walker (the calling thread) lists the tree and feeds a queue; a bounded number
 * of readers on the caller's executor take files from it, read each into a reused buffer and run the
 * {@link ByteScanner} over the bytes. {@code .git} folders and symbolic links are never entered; binary files and
 * files over the size limit are skipped and reported.
 */
final class WorkingTreeScanner {

    private record Entry(Path file, String relative, long size) {
    }

    private static final Entry END = new Entry(Path.of(""), "", 0);
    private static final int REPORT_EVERY = 256;

    private final Executor executor;
    private final int parallelism;

    WorkingTreeScanner(Executor executor, int parallelism) {
        this.executor = executor;
        this.parallelism = parallelism;
    }

    record Outcome(List<Finding> findings, List<Skipped> skipped, long files, long bytes, boolean cancelled) {
    }

    Outcome scan(ScanRequest request, ScanMonitor monitor) throws IOException {
        Path root = request.folder();
        BlockingQueue<Entry> queue = new LinkedBlockingQueue<>();
        AtomicLong listed = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicInteger findingsSoFar = new AtomicInteger();
        List<Reader> readers = new ArrayList<>();
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int i = 0; i < parallelism; i++) {
            Reader reader = new Reader(queue, request.maxFileBytes(), monitor, listed, done, findingsSoFar);
            readers.add(reader);
            running.add(CompletableFuture.runAsync(reader, executor));
        }
        List<Skipped> skipped = new ArrayList<>();
        boolean[] cancelled = {false};
        try {
            Files.walkFileTree(root, new Walker(root, request, queue, listed, skipped, monitor, cancelled));
        } finally {
            for (int i = 0; i < parallelism; i++) {
                queue.add(END);
            }
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        List<Finding> findings = new ArrayList<>();
        long bytes = 0;
        for (Reader reader : readers) {
            findings.addAll(reader.findings);
            skipped.addAll(reader.skipped);
            bytes += reader.bytes;
        }
        findings.sort(Comparator.comparing(Finding::path).thenComparingInt(Finding::line));
        skipped.sort(Comparator.comparing(Skipped::path));
        monitor.progress(new ScanProgress(ScanProgress.Phase.FILES, done.get(), listed.get(), findings.size()));
        return new Outcome(findings, skipped, done.get(), bytes, cancelled[0] || monitor.isCancelled());
    }

    private static final class Walker extends SimpleFileVisitor<Path> {
        private final Path root;
        private final ScanRequest request;
        private final BlockingQueue<Entry> queue;
        private final AtomicLong listed;
        private final List<Skipped> skipped;
        private final ScanMonitor monitor;
        private final boolean[] cancelled;
        private final @Nullable GitignoreRules ignore;

        Walker(Path root, ScanRequest request, BlockingQueue<Entry> queue, AtomicLong listed, List<Skipped> skipped,
               ScanMonitor monitor, boolean[] cancelled) {
            this.root = root;
            this.request = request;
            this.queue = queue;
            this.listed = listed;
            this.skipped = skipped;
            this.monitor = monitor;
            this.cancelled = cancelled;
            this.ignore = request.respectGitignore() ? new GitignoreRules(root) : null;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (monitor.isCancelled()) {
                cancelled[0] = true;
                return FileVisitResult.TERMINATE;
            }
            String relative = relative(dir);
            if (!relative.isEmpty()) {
                if (".git".equals(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (ignore != null && ignore.isIgnored(relative, true)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }
            if (ignore != null) {
                ignore.enter(dir, relative);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException exc) {
            if (ignore != null) {
                ignore.leave();
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!attrs.isRegularFile()) {
                return FileVisitResult.CONTINUE;
            }
            String relative = relative(file);
            if (ignore != null && ignore.isIgnored(relative, false)) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.size() > request.maxFileBytes()) {
                skipped.add(new Skipped(relative, null, Skipped.Reason.TOO_LARGE, attrs.size()));
                return FileVisitResult.CONTINUE;
            }
            listed.incrementAndGet();
            queue.add(new Entry(file, relative, attrs.size()));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
            if (!file.equals(root)) {
                skipped.add(new Skipped(relative(file), null, Skipped.Reason.UNREADABLE, 0));
                return FileVisitResult.CONTINUE;
            }
            return FileVisitResult.TERMINATE;
        }

        private String relative(Path path) {
            String text = root.relativize(path).toString();
            return path.getFileSystem().getSeparator().equals("/") ? text : text.replace('\\', '/');
        }
    }

    private static final class Reader implements Runnable {
        private final BlockingQueue<Entry> queue;
        private final long maxBytes;
        private final ScanMonitor monitor;
        private final AtomicLong listed;
        private final AtomicLong done;
        private final AtomicInteger findingsSoFar;
        private final ByteScanner scanner = new ByteScanner();
        final List<Finding> findings = new ArrayList<>();
        final List<Skipped> skipped = new ArrayList<>();
        long bytes;
        private byte[] buffer = new byte[64 * 1024];

        Reader(BlockingQueue<Entry> queue, long maxBytes, ScanMonitor monitor, AtomicLong listed, AtomicLong done,
               AtomicInteger findingsSoFar) {
            this.queue = queue;
            this.maxBytes = maxBytes;
            this.monitor = monitor;
            this.listed = listed;
            this.done = done;
            this.findingsSoFar = findingsSoFar;
        }

        @Override
        public void run() {
            while (true) {
                Entry entry;
                try {
                    entry = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (entry == END) {
                    return;
                }
                if (monitor.isCancelled()) {
                    continue;
                }
                read(entry);
                long count = done.incrementAndGet();
                if (count % REPORT_EVERY == 0) {
                    monitor.progress(new ScanProgress(ScanProgress.Phase.FILES, count, listed.get(),
                            findingsSoFar.get()));
                }
            }
        }

        /**
         * Reads up to {@code maxBytes + 1} bytes into the buffer: one past the expected size, so a file that grew
         * since it was listed is read on (and one over the limit is noticed).
         */
        private int readAll(FileChannel channel, int expected) throws IOException {
            int limit = expected;
            if (buffer.length < limit) {
                buffer = new byte[Math.max(limit, buffer.length * 2)];
            }
            ByteBuffer target = ByteBuffer.wrap(buffer, 0, limit);
            while (channel.read(target) >= 0) {
                if (target.hasRemaining()) {
                    continue;
                }
                if (limit > maxBytes) {
                    break;
                }
                limit = (int) Math.min(maxBytes + 1, limit * 2L);
                if (buffer.length < limit) {
                    buffer = java.util.Arrays.copyOf(buffer, limit);
                }
                target = ByteBuffer.wrap(buffer, target.position(), limit - target.position());
            }
            return target.position();
        }

        private void read(Entry entry) {
            int length;
            try (FileChannel channel = FileChannel.open(entry.file(), StandardOpenOption.READ)) {
                length = readAll(channel, (int) Math.min(maxBytes + 1, Math.max(entry.size(), 0) + 1));
            } catch (IOException e) {
                skipped.add(new Skipped(entry.relative(), null, Skipped.Reason.UNREADABLE, entry.size()));
                return;
            }
            if (length > maxBytes) {
                skipped.add(new Skipped(entry.relative(), null, Skipped.Reason.TOO_LARGE, length));
                return;
            }
            if (ByteScanner.isBinary(buffer, length)) {
                skipped.add(new Skipped(entry.relative(), null, Skipped.Reason.BINARY, length));
                return;
            }
            bytes += length;
            for (TokenMatch match : scanner.scan(buffer, length)) {
                findings.add(Finding.of(match, entry.relative(), null));
                findingsSoFar.incrementAndGet();
            }
        }
    }
}

package com.edfapay.tokenmanager.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.MutableObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Scans the whole history of a git repository with JGit, reading every reachable file version (blob) exactly once.
 *
 * <p>The commits of every ref (branches, tags, remotes, stash; {@code HEAD} too) are walked oldest first in
 * topological order. Each commit's tree is compared with its first parent's (the root commit's with the empty tree);
 * JGit skips every subtree whose id did not change, so only changed paths are visited. A blob id not seen before is
 * queued for reading, with the path and commit where it first appeared: since parents come before children, that
 * commit is the one that introduced this content at this path. Blobs are inflated on the caller's executor, a
 * bounded number of batches at a time, each batch with its own {@link ObjectReader}; big blobs are skipped by their
 * size header without inflating them, binary ones after reading their first bytes.
 *
 * <p>A token usually survives many versions of a file. Findings are therefore reported once per value and path: at
 * the <b>introducing</b> commit (the first commit, in topological order, whose tree holds a version of that path with
 * that value), which names who committed the secret and when. Objects reachable only from a tag that points at a
 * tree or blob (not a commit) are not scanned.
 */
final class HistoryScanner {

    private static final int BATCH = 256;
    private static final int REPORT_EVERY = 1024;

    private record Pending(ObjectId blob, String path, int commitIndex) {
    }

    record Outcome(List<Finding> findings, List<Skipped> skipped, long commits, long blobs, long bytes,
                   boolean cancelled) {
    }

    private final Executor executor;
    private final int parallelism;

    HistoryScanner(Executor executor, int parallelism) {
        this.executor = executor;
        this.parallelism = parallelism;
    }

    /** True when {@code folder} is the top of a git working tree (or a bare repository). */
    static boolean isRepository(Path folder) {
        return Files.exists(folder.resolve(".git"))
                || (Files.isDirectory(folder.resolve("objects")) && Files.isRegularFile(folder.resolve("HEAD")));
    }

    Outcome scan(ScanRequest request, ScanMonitor monitor) throws IOException {
        Path folder = request.folder();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
        if (Files.exists(folder.resolve(".git"))) {
            builder.setWorkTree(folder.toFile());
        } else {
            builder.setGitDir(folder.toFile());
        }
        try (Repository repository = builder.build();
             ObjectReader reader = repository.newObjectReader();
             RevWalk walk = new RevWalk(reader)) {
            List<RevCommit> commits = commits(repository, walk, monitor);
            if (monitor.isCancelled()) {
                return new Outcome(List.of(), List.of(), commits.size(), 0, 0, true);
            }
            return readBlobs(repository, reader, commits, request, monitor);
        }
    }

    private static List<RevCommit> commits(Repository repository, RevWalk walk, ScanMonitor monitor)
            throws IOException {
        Set<ObjectId> starts = new HashSet<>();
        List<Ref> refs = new ArrayList<>(repository.getRefDatabase().getRefs());
        Ref head = repository.exactRef(Constants.HEAD);
        if (head != null) {
            refs.add(head);
        }
        for (Ref ref : refs) {
            ObjectId id = ref.getObjectId();
            if (id == null || !starts.add(id)) {
                continue;
            }
            RevObject target;
            try {
                target = walk.parseAny(id);
                while (target instanceof RevTag tag) {
                    target = walk.parseAny(tag.getObject());
                }
            } catch (MissingObjectException e) {
                continue;
            }
            if (target instanceof RevCommit commit) {
                walk.markStart(commit);
            }
        }
        walk.sort(RevSort.TOPO, true);
        walk.sort(RevSort.REVERSE, true);
        List<RevCommit> commits = new ArrayList<>();
        for (RevCommit commit : walk) {
            commits.add(commit);
            if (commits.size() % REPORT_EVERY == 0) {
                monitor.progress(new ScanProgress(ScanProgress.Phase.COMMITS, commits.size(), 0, 0));
                if (monitor.isCancelled()) {
                    break;
                }
            }
        }
        return commits;
    }

    private Outcome readBlobs(Repository repository, ObjectReader reader, List<RevCommit> commits,
                              ScanRequest request, ScanMonitor monitor) throws IOException {
        Set<ObjectId> seen = new HashSet<>();
        Semaphore slots = new Semaphore(parallelism * 2);
        List<CompletableFuture<BatchResult>> batches = new ArrayList<>();
        AtomicLong blobsDone = new AtomicLong();
        AtomicInteger findingsSoFar = new AtomicInteger();
        long[] queued = {0};
        List<Pending> batch = new ArrayList<>(BATCH);
        MutableObjectId id = new MutableObjectId();
        boolean cancelled = false;
        try (TreeWalk tree = new TreeWalk(reader)) {
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            for (int index = 0; index < commits.size() && !cancelled; index++) {
                RevCommit commit = commits.get(index);
                tree.reset();
                if (commit.getParentCount() == 0) {
                    tree.addTree(new EmptyTreeIterator());
                } else {
                    tree.addTree(commit.getParent(0).getTree());
                }
                tree.addTree(commit.getTree());
                while (tree.next()) {
                    int mode = tree.getRawMode(1);
                    if ((mode & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
                        continue; // deleted here, a symbolic link or a submodule
                    }
                    tree.getObjectId(id, 1);
                    if (seen.contains(id)) {
                        continue;
                    }
                    ObjectId blob = id.toObjectId();
                    seen.add(blob);
                    batch.add(new Pending(blob, tree.getPathString(), index));
                    queued[0]++;
                    if (batch.size() == BATCH) {
                        cancelled = submit(repository, batch, request, monitor, slots, batches, blobsDone,
                                findingsSoFar, queued);
                        batch = new ArrayList<>(BATCH);
                    }
                }
            }
        }
        if (!batch.isEmpty() && !cancelled) {
            submit(repository, batch, request, monitor, slots, batches, blobsDone, findingsSoFar, queued);
        }
        CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new)).join();
        return collect(commits, batches, blobsDone.get(), cancelled || monitor.isCancelled());
    }

    private boolean submit(Repository repository, List<Pending> batch, ScanRequest request, ScanMonitor monitor,
                           Semaphore slots, List<CompletableFuture<BatchResult>> batches, AtomicLong blobsDone,
                           AtomicInteger findingsSoFar, long[] queued) {
        if (monitor.isCancelled()) {
            return true;
        }
        slots.acquireUninterruptibly();
        long total = queued[0];
        batches.add(CompletableFuture.supplyAsync(() -> {
            try {
                return readBatch(repository, batch, request.maxFileBytes(), monitor, blobsDone, findingsSoFar,
                        total);
            } finally {
                slots.release();
            }
        }, executor));
        return false;
    }

    private record Hit(Finding finding, int commitIndex) {
    }

    private record BatchResult(List<Hit> hits, List<Skipped> skipped, long bytes) {
    }

    private static BatchResult readBatch(Repository repository, List<Pending> batch, long maxBytes,
                                         ScanMonitor monitor, AtomicLong blobsDone, AtomicInteger findingsSoFar,
                                         long total) {
        List<Hit> hits = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        long bytes = 0;
        ByteScanner scanner = new ByteScanner();
        try (ObjectReader reader = repository.newObjectReader()) {
            for (Pending pending : batch) {
                if (monitor.isCancelled()) {
                    break;
                }
                long count = blobsDone.incrementAndGet();
                if (count % REPORT_EVERY == 0) {
                    monitor.progress(new ScanProgress(ScanProgress.Phase.HISTORY, count, total,
                            findingsSoFar.get()));
                }
                try {
                    ObjectLoader loader = reader.open(pending.blob(), Constants.OBJ_BLOB);
                    long size = loader.getSize();
                    if (size > maxBytes) {
                        skipped.add(new Skipped(pending.path(), pending.blob().name(), Skipped.Reason.TOO_LARGE,
                                size));
                        continue;
                    }
                    byte[] content = loader.getCachedBytes((int) maxBytes);
                    if (ByteScanner.isBinary(content, content.length)) {
                        skipped.add(new Skipped(pending.path(), pending.blob().name(), Skipped.Reason.BINARY, size));
                        continue;
                    }
                    bytes += content.length;
                    for (TokenMatch match : scanner.scan(content, content.length)) {
                        hits.add(new Hit(Finding.of(match, pending.path(), null), pending.commitIndex()));
                        findingsSoFar.incrementAndGet();
                    }
                } catch (IOException e) {
                    skipped.add(new Skipped(pending.path(), pending.blob().name(), Skipped.Reason.UNREADABLE, 0));
                }
            }
        }
        return new BatchResult(hits, skipped, bytes);
    }

    /** Keeps, per value and path, the finding of the earliest commit, and names that commit. */
    private static Outcome collect(List<RevCommit> commits, List<CompletableFuture<BatchResult>> batches,
                                   long blobs, boolean cancelled) {
        List<Hit> hits = new ArrayList<>();
        // One line per path and reason, however many versions of a big or binary file the history holds.
        Map<String, Skipped> skipped = new java.util.TreeMap<>();
        long bytes = 0;
        for (CompletableFuture<BatchResult> future : batches) {
            BatchResult result = future.join();
            hits.addAll(result.hits());
            bytes += result.bytes();
            result.skipped().forEach(s -> skipped.putIfAbsent(s.path() + "\u0000" + s.reason(), s));
        }
        hits.sort(Comparator.comparingInt(Hit::commitIndex).thenComparing(hit -> hit.finding().path())
                .thenComparingInt(hit -> hit.finding().line()));
        Map<String, Hit> first = new java.util.LinkedHashMap<>();
        for (Hit hit : hits) {
            first.putIfAbsent(hit.finding().sha256() + "\u0000" + hit.finding().path(), hit);
        }
        Map<Integer, CommitInfo> infos = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Hit hit : first.values()) {
            CommitInfo info = infos.computeIfAbsent(hit.commitIndex(), index -> info(commits.get(index)));
            Finding f = hit.finding();
            findings.add(new Finding(f.kind(), f.path(), f.line(), info, f.prefix(), f.last4(), f.sha256()));
        }
        return new Outcome(findings, List.copyOf(skipped.values()), commits.size(), blobs, bytes, cancelled);
    }

    private static CommitInfo info(RevCommit commit) {
        PersonIdent author = commit.getAuthorIdent();
        return new CommitInfo(commit.getName(), author.getName(), author.getEmailAddress(),
                author.getWhenAsInstant(), commit.getShortMessage());
    }
}

package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The first screenful's token reads of a load, sent by the background work that fetched its first page as soon as
 * the page came. On a cold JVM the JavaFX thread takes longer than a round trip to build the page's rows, so the
 * reads are on the wire meanwhile, instead of waiting for the rows to be laid out and reported (docs/decisions/0047).
 * The users are the ones the first screenful shows (the page's first rows), so this is still fetch on sight. Answers
 * reach the UI thread through the {@link UpdateBatcher}; {@link TokenFetcher} leaves covered users alone and counts
 * these reads against its limit. One per load: {@link #cancel()} drops whatever is still on its way.
 */
final class TokenHeadStart {

    interface Listener {
        /** On the UI thread: the answer for the user at {@code index} of the first page ({@code known} or why not). */
        void answered(String userId, int index, @Nullable KnownToken known, @Nullable RuntimeException failure);
    }

    private final TaskRunner tasks;
    private final UpdateBatcher batcher;
    private final EdfaPayApi api;
    private final Listener listener;
    private final Set<String> covered = ConcurrentHashMap.newKeySet();
    private final List<TaskRunner.Cancellable> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger requested = new AtomicInteger();
    private volatile boolean cancelled;

    TokenHeadStart(TaskRunner tasks, UpdateBatcher batcher, EdfaPayApi api, Listener listener) {
        this.tasks = tasks;
        this.batcher = batcher;
        this.api = api;
        this.listener = listener;
    }

    /** From the page's background work: reads the first {@code count} of {@code users} not already known. */
    void start(List<UserSummary> users, int count, Predicate<String> alreadyKnown) {
        for (int i = 0; i < Math.min(count, users.size()) && !cancelled; i++) {
            String userId = users.get(i).id();
            if (alreadyKnown.test(userId) || !covered.add(userId)) {
                continue;
            }
            int index = i;
            requested.incrementAndGet();
            sent.add(tasks.runInBackground(() -> {
                try {
                    SdkToken answer = api.getSdkToken(userId);
                    KnownToken known = TokenFetcher.known(answer);
                    batcher.post(() -> finish(userId, index, known, null));
                } catch (RuntimeException failure) {
                    batcher.post(() -> finish(userId, index, null, failure));
                }
            }));
        }
    }

    /** True while a read of {@code userId} is on its way. Safe from any thread. */
    boolean covers(String userId) {
        return covered.contains(userId);
    }

    /** Reads on their way, which the fetcher counts against its limit. */
    int inFlight() {
        return covered.size();
    }

    /** Token requests this head start has sent. */
    int requested() {
        return requested.get();
    }

    void cancel() {
        cancelled = true;
        sent.forEach(TaskRunner.Cancellable::cancel);
        covered.clear();
    }

    private void finish(String userId, int index, @Nullable KnownToken known, @Nullable RuntimeException failure) {
        covered.remove(userId);
        if (!cancelled) {
            listener.answered(userId, index, known, failure);
        }
    }
}

package com.edfapay.tokenmanager.api.sweep;

import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.Page;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Checks every SDK token of a scope: pages the users of {@code users/search} and reads each user's token with
 * {@code GET sdk-token}, at most {@code concurrency} at a time. EdfaPay has no list endpoint, so this is one request
 * per user; the sweep is polite about it: a 429 pauses every worker for the server's {@code Retry-After} (1 s when it
 * names none), a 503 pauses them with exponential back-off, and both retry the same user. A rejected key (401/403)
 * stops the sweep; any other failure is reported for that user and the sweep goes on.
 *
 * <p>Results go to the result consumer as status + last 4 (a {@link SweepResult} never holds the token); the
 * optional {@link TokenVisitor} receives each token transiently, for a caller that must look at it (the leak check
 * hashes it) and must not keep it. The consumer, the visitor and the progress listener are called from worker
 * threads, one at a time, in the order results arrive; keep them cheap.
 *
 * <p>No UI toolkit here: the desktop app, the command line and the leak check share it. {@link #run()} blocks the
 * calling thread until the sweep completes, is cancelled ({@link #cancel()}, from any thread) or aborts.
 */
public final class TokenSweep {

    public static final int DEFAULT_CONCURRENCY = 8;
    public static final int DEFAULT_PAGE_SIZE = 100;
    /** Attempts per request before a throttled or unavailable user is reported as failed. */
    static final int MAX_ATTEMPTS = 6;
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    /** Progress after each result, and when the total becomes known or the server slows the sweep down. */
    @FunctionalInterface
    public interface Listener {
        void progress(SweepProgress progress);
    }

    /** Receives each user's token while the sweep holds it; must not keep it. */
    @FunctionalInterface
    public interface TokenVisitor {
        void visit(UserSummary user, SdkToken token);
    }

    /** The sweep's sense of time; tests replace it to observe pauses without waiting. */
    interface Clock {
        long nanos();

        /** Waits {@code duration} or until {@code wakeUp} opens, whichever is first. */
        void pause(Duration duration, CountDownLatch wakeUp) throws InterruptedException;
    }

    static final Clock SYSTEM_CLOCK = new Clock() {
        @Override
        public long nanos() {
            return System.nanoTime();
        }

        @Override
        public void pause(Duration duration, CountDownLatch wakeUp) throws InterruptedException {
            wakeUp.await(Math.max(1, duration.toNanos()), TimeUnit.NANOSECONDS);
        }
    };

    private static final UserSummary END = new UserSummary("", null, null, null, null, null, null, null, null, null);

    private final EdfaPayApi api;
    private final UserQuery scope;
    private final int concurrency;
    private final int pageSize;
    private final Listener listener;
    private final Consumer<SweepResult> results;
    private final @Nullable TokenVisitor visitor;
    private final Clock clock;
    private final IntFunction<ExecutorService> pools;

    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private final AtomicLong pauseUntil = new AtomicLong();
    private final AtomicBoolean pausing = new AtomicBoolean();
    private final AtomicInteger consecutiveUnavailable = new AtomicInteger();
    private final Object reporting = new Object();
    private volatile @Nullable EdfaPayException abortCause;
    private volatile @Nullable ExecutorService workers;
    private long startNanos;
    // Guarded by "reporting".
    private long done;
    private long failed;
    private long total;
    private long throttled;

    private TokenSweep(Builder builder) {
        this.api = builder.api;
        this.scope = builder.scope;
        this.concurrency = builder.concurrency;
        this.pageSize = builder.pageSize;
        this.listener = builder.listener;
        this.results = builder.results;
        this.visitor = builder.visitor;
        this.clock = builder.clock;
        this.pools = Objects.requireNonNull(builder.pools,
                "a sweep needs a pool for its workers: Builder.workers(...)");
    }

    /**
     * A sweep over the users {@code scope} selects (its text, business unit, user type and active criteria, and its
     * sort, which keeps paging stable); the scope's page number and size are ignored.
     */
    public static Builder over(EdfaPayApi api, UserQuery scope) {
        return new Builder(api, scope);
    }

    /**
     * Runs the sweep on the calling thread (the token reads on a pool of {@code concurrency} threads it asks its
     * {@linkplain Builder#workers workers' source} for, and shuts down when it ends) and says how it ended.
     */
    public SweepSummary run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("A sweep runs once; build a new one to sweep again.");
        }
        startNanos = clock.nanos();
        BlockingQueue<UserSummary> queue = new ArrayBlockingQueue<>(Math.max(pageSize, 2 * concurrency));
        ExecutorService pool = pools.apply(concurrency);
        workers = pool;
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            running.add(pool.submit(() -> work(queue)));
        }
        try {
            pageThroughUsers(queue);
            for (int i = 0; i < concurrency && !stopped(); i++) {
                offer(queue, END);
            }
            if (!stopped()) {
                for (Future<?> worker : running) {
                    awaitWorker(worker);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (stopped()) {
            try {
                pool.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (reporting) {
            EdfaPayException cause = abortCause;
            SweepSummary.Outcome outcome = cause != null ? SweepSummary.Outcome.ABORTED
                    : cancelled.get() ? SweepSummary.Outcome.CANCELLED : SweepSummary.Outcome.COMPLETED;
            if (outcome == SweepSummary.Outcome.COMPLETED) {
                // The count may have changed while the sweep ran; what was checked is the truth.
                total = done;
            }
            return new SweepSummary(outcome, done, total, failed, elapsed(), cause);
        }
    }

    /** Stops the sweep: nothing more is requested and no further result is delivered. Safe from any thread. */
    public void cancel() {
        cancelled.set(true);
        stopSignal.countDown();
        ExecutorService pool = workers;
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    private boolean stopped() {
        return cancelled.get() || abortCause != null;
    }

    private void pageThroughUsers(BlockingQueue<UserSummary> queue) {
        PageRequest sort = scope.page();
        for (int number = 0; !stopped(); number++) {
            UserQuery query = scope.withPage(new PageRequest(number, pageSize, sort.sortBy(), sort.sortDirection()));
            Page<UserSummary> page;
            try {
                page = politely(() -> api.searchUsers(query));
            } catch (GaveUp gaveUp) {
                abort(gaveUp.failure);
                return;
            } catch (EdfaPayException failure) {
                // Without the next page of users the sweep cannot go on.
                abort(failure);
                return;
            }
            if (page == null) {
                return;
            }
            if (number == 0) {
                synchronized (reporting) {
                    total = page.totalElements();
                    report();
                }
            }
            for (UserSummary user : page.content()) {
                if (!offer(queue, user)) {
                    return;
                }
            }
            if (page.last() || page.isEmpty()) {
                return;
            }
        }
    }

    /** Puts {@code user} on the queue, waiting while it is full; false once the sweep stopped. */
    private boolean offer(BlockingQueue<UserSummary> queue, UserSummary user) {
        try {
            while (!stopped()) {
                if (queue.offer(user, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
        }
        return false;
    }

    private void awaitWorker(Future<?> worker) {
        try {
            worker.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
        } catch (ExecutionException e) {
            throw new IllegalStateException("A sweep worker failed", e.getCause());
        }
    }

    private void work(BlockingQueue<UserSummary> queue) {
        try {
            while (!stopped()) {
                UserSummary user = queue.poll(50, TimeUnit.MILLISECONDS);
                if (user == END) {
                    return;
                }
                if (user != null) {
                    check(user);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void check(UserSummary user) {
        try {
            SdkToken token = politely(() -> api.getSdkToken(user.id()));
            if (token == null) {
                return;
            }
            TokenVisitor tokenVisitor = visitor;
            if (tokenVisitor != null && !stopped()) {
                tokenVisitor.visit(user, token);
            }
            deliver(SweepResult.of(user, token));
        } catch (GaveUp gaveUp) {
            deliver(SweepResult.failed(user, gaveUp.failure));
        } catch (EdfaPayException failure) {
            deliver(SweepResult.failed(user, failure));
        }
    }

    /**
     * Calls {@code request}, waiting out 429s and 503s; null when the sweep stopped (cancelled, or the key was
     * rejected, which aborts it). Throws {@link GaveUp} after {@value #MAX_ATTEMPTS} throttled attempts.
     */
    private <T> @Nullable T politely(java.util.function.Supplier<T> request) {
        for (int attempt = 1; ; attempt++) {
            awaitPause();
            if (stopped()) {
                return null;
            }
            try {
                T answer = request.get();
                consecutiveUnavailable.set(0);
                return answer;
            } catch (EdfaPayException.RateLimited limited) {
                slowDown(limited.retryAfter().orElse(DEFAULT_RETRY_AFTER));
                if (attempt >= MAX_ATTEMPTS) {
                    throw new GaveUp(limited);
                }
            } catch (EdfaPayException.ServerError unavailable) {
                if (unavailable.httpStatus() != 503) {
                    throw unavailable;
                }
                int streak = consecutiveUnavailable.incrementAndGet();
                long backoff = Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << Math.min(16, streak - 1));
                slowDown(Duration.ofMillis(backoff));
                if (attempt >= MAX_ATTEMPTS) {
                    throw new GaveUp(unavailable);
                }
            } catch (EdfaPayException.Unauthorized | EdfaPayException.Forbidden rejected) {
                abort(rejected);
                return null;
            } catch (EdfaPayException failure) {
                if (stopped()) {
                    return null;
                }
                throw failure;
            } catch (RuntimeException unexpected) {
                if (stopped()) {
                    return null;
                }
                throw EdfaPayException.of(EdfaPayException.Details.of(EdfaPayException.Reason.CONNECTION_LOST,
                        EdfaPayException.Operation.READ_SDK_TOKEN).withCause(unexpected));
            }
        }
    }

    /** Every worker waits until {@code wait} from now (or longer, if a pause is already set). */
    private void slowDown(Duration wait) {
        long until = clock.nanos() + wait.toNanos();
        pauseUntil.accumulateAndGet(until, Math::max);
        pausing.set(true);
        synchronized (reporting) {
            throttled++;
            report();
        }
    }

    private void awaitPause() {
        if (!pausing.get()) {
            return;
        }
        try {
            while (!stopped()) {
                long remaining = pauseUntil.get() - clock.nanos();
                if (remaining <= 0) {
                    return;
                }
                clock.pause(Duration.ofNanos(remaining), stopSignal);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
        }
    }

    private void abort(EdfaPayException cause) {
        synchronized (reporting) {
            if (abortCause == null) {
                abortCause = cause;
            }
        }
        stopSignal.countDown();
    }

    private void deliver(SweepResult result) {
        synchronized (reporting) {
            if (stopped()) {
                return;
            }
            done++;
            if (result.status() == SweepStatus.FAILED) {
                failed++;
            }
            results.accept(result);
            report();
        }
    }

    /** Call holding {@link #reporting}. */
    private void report() {
        Duration elapsed = elapsed();
        Duration eta = null;
        if (total > 0 && done >= total) {
            eta = Duration.ZERO;
        } else if (total > 0 && done >= Math.min(total, concurrency)) {
            eta = Duration.ofNanos((long) (elapsed.toNanos() / (double) done * (total - done)));
        }
        listener.progress(new SweepProgress(done, Math.max(total, done), failed, elapsed, eta, throttled));
    }

    private Duration elapsed() {
        return Duration.ofNanos(clock.nanos() - startNanos);
    }

    /** A request that stayed throttled or unavailable through every attempt. */
    private static final class GaveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient EdfaPayException failure;

        GaveUp(EdfaPayException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    /** Sets up a sweep; only the API and the scope are required. */
    public static final class Builder {
        private final EdfaPayApi api;
        private final UserQuery scope;
        private int concurrency = DEFAULT_CONCURRENCY;
        private int pageSize = DEFAULT_PAGE_SIZE;
        private Listener listener = progress -> { };
        private Consumer<SweepResult> results = result -> { };
        private @Nullable TokenVisitor visitor;
        private Clock clock = SYSTEM_CLOCK;
        private @Nullable IntFunction<ExecutorService> pools;

        private Builder(EdfaPayApi api, UserQuery scope) {
            this.api = Objects.requireNonNull(api, "api");
            this.scope = Objects.requireNonNull(scope, "scope");
        }

        /** At most this many token requests at a time (default {@value #DEFAULT_CONCURRENCY}). */
        public Builder concurrency(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1");
            }
            this.concurrency = value;
            return this;
        }

        /** Users per {@code users/search} page (default {@value #DEFAULT_PAGE_SIZE}). */
        public Builder pageSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("pageSize must be at least 1");
            }
            this.pageSize = value;
            return this;
        }

        public Builder onProgress(Listener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        public Builder onResult(Consumer<SweepResult> value) {
            this.results = Objects.requireNonNull(value, "results");
            return this;
        }

        /** Also hands each token to {@code value} while the sweep holds it (the leak check hashes it). */
        public Builder onToken(TokenVisitor value) {
            this.visitor = Objects.requireNonNull(value, "visitor");
            return this;
        }

        /**
         * Required: where the token reads run. Given the concurrency, {@code value} answers a fresh pool of that many
         * threads, which the sweep shuts down when it ends (cancelling interrupts its reads). The sweep creates no
         * thread itself: the desktop app's task runner makes the pool (docs/decisions/0014).
         */
        public Builder workers(IntFunction<ExecutorService> value) {
            this.pools = Objects.requireNonNull(value, "workers");
            return this;
        }

        Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public TokenSweep build() {
            return new TokenSweep(this);
        }
    }
}

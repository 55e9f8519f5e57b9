package com.edfapay.tokenmanager.api.sweep;

import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.EdfaPayException.Operation;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.SortDirection;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class TokenSweepTest {

    private static final UserQuery EVERYONE = UserQuery.all(new PageRequest(0, 1, "username", SortDirection.ASC));

    /** The pools the sweeps asked for, each with the thread count it asked for. */
    private final List<ExecutorService> pools = new CopyOnWriteArrayList<>();
    private final List<Integer> poolSizes = new CopyOnWriteArrayList<>();

    /** A sweep whose workers run on fresh pools recorded in {@link #pools}, as the task runner would make them. */
    private TokenSweep.Builder sweep(EdfaPayApi api, UserQuery scope) {
        return TokenSweep.over(api, scope).workers(threads -> {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            pools.add(pool);
            poolSizes.add(threads);
            return pool;
        });
    }

    @AfterEach
    void everyPoolASweepAskedForIsShutDownWhenItEnded() {
        assertThat(pools).allSatisfy(pool -> assertThat(pool.isShutdown()).isTrue());
    }

    /** Users u-0..: every third has no token, every fourth with a token is disabled. */
    private static void seed(FakeEdfaPayApi api, String merchantId, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            String id = prefix + i;
            api.users.add(new UserSummary(id, "user" + id, null, "First" + i, "Last", null, UserType.TERMINAL,
                    merchantId, "Merchant " + merchantId, true));
            if (i % 3 != 0) {
                api.sdkTokens.put(id, new SdkToken(id, token(i), merchantId, UserType.TERMINAL, "t-" + i, "TRSM" + i,
                        "DEV" + i, i % 4 != 0));
            }
        }
    }

    private static String token(int i) {
        return String.format("%064X", 7_000_000L + i);
    }

    /** A clock that only moves when the sweep pauses, so pauses are observed exactly and cost no time. */
    private static final class VirtualClock implements TokenSweep.Clock {
        final AtomicLong now = new AtomicLong(1_000_000_000L);
        final List<Duration> pauses = new CopyOnWriteArrayList<>();

        @Override
        public long nanos() {
            return now.get();
        }

        @Override
        public void pause(Duration duration, CountDownLatch wakeUp) {
            pauses.add(duration);
            now.addAndGet(duration.toNanos());
        }

        Duration total() {
            return pauses.stream().reduce(Duration.ZERO, Duration::plus);
        }
    }

    @Test
    void checksEveryUserOfEveryPageAndReportsProgressToTheEnd() {
        FakeEdfaPayApi api = FakeEdfaPayApi.partner();
        seed(api, "m-1", "u-", 250);
        List<SweepResult> results = Collections.synchronizedList(new ArrayList<>());
        List<SweepProgress> progress = new CopyOnWriteArrayList<>();

        SweepSummary summary = sweep(api, EVERYONE).concurrency(4).pageSize(100)
                .onResult(results::add).onProgress(progress::add).build().run();

        assertThat(summary.outcome()).isEqualTo(SweepSummary.Outcome.COMPLETED);
        assertThat(summary.done()).isEqualTo(250);
        assertThat(summary.failed()).isZero();
        assertThat(api.log.stream().filter("searchUsers"::equals)).hasSize(3);
        assertThat(api.log.stream().filter(c -> c.startsWith("getSdkToken:"))).hasSize(250);
        assertThat(results).extracting(r -> r.user().id()).doesNotHaveDuplicates().hasSize(250);
        SweepResult noToken = find(results, "u-3");
        SweepResult active = find(results, "u-1");
        SweepResult disabled = find(results, "u-4");
        assertThat(noToken.status()).isEqualTo(SweepStatus.NO_TOKEN);
        assertThat(noToken.last4()).isEmpty();
        assertThat(active.status()).isEqualTo(SweepStatus.ACTIVE);
        assertThat(active.last4()).isEqualTo(token(1).substring(60));
        assertThat(active.trsm()).isEqualTo("TRSM1");
        assertThat(disabled.status()).isEqualTo(SweepStatus.DISABLED);

        assertThat(progress).extracting(SweepProgress::done).isSorted();
        assertThat(progress.get(0).total()).as("the total is known from the first page").isEqualTo(250);
        SweepProgress last = progress.get(progress.size() - 1);
        assertThat(last.done()).isEqualTo(250);
        assertThat(last.total()).isEqualTo(250);
        assertThat(last.fraction()).isEqualTo(1.0);
        assertThat(last.eta()).isEqualTo(Duration.ZERO);
        assertThat(progress.stream().filter(p -> p.done() > 4 && p.done() < 250))
                .allSatisfy(p -> assertThat(p.eta()).isNotNull());
    }

    @Test
    void sweepsOnlyTheScopeItIsGiven() {
        FakeEdfaPayApi api = FakeEdfaPayApi.partner();
        seed(api, "m-1", "a-", 30);
        seed(api, "m-2", "b-", 7);
        List<SweepResult> results = new CopyOnWriteArrayList<>();

        SweepSummary summary = sweep(api, EVERYONE.withBusinessUnitId("m-2")).pageSize(3)
                .onResult(results::add).build().run();

        assertThat(summary.done()).isEqualTo(7);
        assertThat(results).extracting(r -> r.user().id()).containsExactlyInAnyOrder(
                "b-0", "b-1", "b-2", "b-3", "b-4", "b-5", "b-6");
        assertThat(api.log).noneMatch(c -> c.startsWith("getSdkToken:a-"));
    }

    @Test
    void neverHasMoreRequestsInFlightThanTheConcurrency() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        Semaphore gate = new Semaphore(0);
        FakeEdfaPayApi api = new FakeEdfaPayApi(FakeEdfaPayApi.partner().identity) {
            @Override
            public SdkToken getSdkToken(String userId) {
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    gate.acquire(); // held until the test lets one through
                    return super.getSdkToken(userId);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } finally {
                    inFlight.decrementAndGet();
                }
            }
        };
        seed(api, "m-1", "u-", 200);

        TokenSweep sweep = sweep(api, EVERYONE).concurrency(5).pageSize(50).build();
        SweepSummary[] summary = new SweepSummary[1];
        Thread runner = new Thread(() -> summary[0] = sweep.run());
        runner.start();
        // One request at a time is let through, each time once the sweep has filled every slot again: a sixth
        // request would be in flight beside the five held ones if the bound did not hold.
        for (int released = 0; released < 195; released++) {
            awaitTrue(() -> inFlight.get() == 5);
            gate.release();
        }
        gate.release(1000);
        runner.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(summary[0].done()).isEqualTo(200);
        assertThat(maxInFlight.get()).isEqualTo(5);
    }

    @Test
    void a429PausesEveryWorkerForRetryAfterAndRetriesTheSameUser() {
        VirtualClock clock = new VirtualClock();
        List<Long> requestTimes = new CopyOnWriteArrayList<>();
        AtomicInteger throttledOnce = new AtomicInteger();
        FakeEdfaPayApi api = new FakeEdfaPayApi(FakeEdfaPayApi.partner().identity) {
            @Override
            public SdkToken getSdkToken(String userId) {
                requestTimes.add(clock.nanos());
                if (userId.equals("u-5") && throttledOnce.getAndIncrement() < 2) {
                    log.add("getSdkToken:" + userId);
                    throw EdfaPayException.of(EdfaPayException.Details.of(Reason.RATE_LIMITED,
                            Operation.READ_SDK_TOKEN).withHttp(429, null, null, true).withRetryAfter(Duration.ofSeconds(3)));
                }
                return super.getSdkToken(userId);
            }
        };
        seed(api, "m-1", "u-", 12);
        List<SweepResult> results = new CopyOnWriteArrayList<>();
        List<SweepProgress> progress = new CopyOnWriteArrayList<>();

        SweepSummary summary = sweep(api, EVERYONE).concurrency(1).clock(clock)
                .onResult(results::add).onProgress(progress::add).build().run();

        assertThat(summary.outcome()).isEqualTo(SweepSummary.Outcome.COMPLETED);
        assertThat(summary.failed()).isZero();
        assertThat(find(results, "u-5").status()).isEqualTo(SweepStatus.ACTIVE);
        assertThat(api.log.stream().filter("getSdkToken:u-5"::equals)).hasSize(3);
        assertThat(clock.total()).isEqualTo(Duration.ofSeconds(6));
        // Requests 6 and 7 (u-5) were throttled; each next one came at least Retry-After later.
        assertThat(requestTimes.get(6) - requestTimes.get(5)).isGreaterThanOrEqualTo(Duration.ofSeconds(3).toNanos());
        assertThat(requestTimes.get(7) - requestTimes.get(6)).isGreaterThanOrEqualTo(Duration.ofSeconds(3).toNanos());
        assertThat(progress.get(progress.size() - 1).throttled()).isEqualTo(2);
    }

    @Test
    void a429WithoutRetryAfterWaitsASecond() {
        VirtualClock clock = new VirtualClock();
        FakeEdfaPayApi api = FakeEdfaPayApi.partner();
        seed(api, "m-1", "u-", 3);
        api.failNext.put("getSdkToken:u-1", () -> EdfaPayException.of(EdfaPayException.Details.of(Reason.RATE_LIMITED,
                Operation.READ_SDK_TOKEN).withHttp(429, null, null, true)));

        SweepSummary summary = sweep(api, EVERYONE).concurrency(1).clock(clock).build().run();

        assertThat(summary.done()).isEqualTo(3);
        assertThat(clock.pauses).containsExactly(TokenSweep.DEFAULT_RETRY_AFTER);
    }

    @Test
    void a503BacksOffExponentiallyAndAUserThatStaysUnavailableIsReportedNotLost() {
        VirtualClock clock = new VirtualClock();
        FakeEdfaPayApi api = new FakeEdfaPayApi(FakeEdfaPayApi.partner().identity) {
            @Override
            public SdkToken getSdkToken(String userId) {
                if (userId.equals("u-2")) {
                    log.add("getSdkToken:" + userId);
                    throw EdfaPayException.of(EdfaPayException.Details.of(Reason.SERVER_ERROR,
                            Operation.READ_SDK_TOKEN).withHttp(503, null, null, true));
                }
                return super.getSdkToken(userId);
            }
        };
        seed(api, "m-1", "u-", 5);
        List<SweepResult> results = new CopyOnWriteArrayList<>();

        SweepSummary summary = sweep(api, EVERYONE).concurrency(1).clock(clock).onResult(results::add)
                .build().run();

        assertThat(summary.outcome()).isEqualTo(SweepSummary.Outcome.COMPLETED);
        assertThat(summary.done()).isEqualTo(5);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(api.log.stream().filter("getSdkToken:u-2"::equals)).hasSize(TokenSweep.MAX_ATTEMPTS);
        assertThat(clock.pauses).startsWith(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000),
                Duration.ofMillis(2000), Duration.ofMillis(4000));
        SweepResult failed = find(results, "u-2");
        assertThat(failed.status()).isEqualTo(SweepStatus.FAILED);
        assertThat(failed.failure()).isInstanceOf(EdfaPayException.ServerError.class);
        assertThat(find(results, "u-3").status()).isEqualTo(SweepStatus.NO_TOKEN);
    }

    @Test
    void otherFailuresAreReportedForThatUserAndTheSweepGoesOn() {
        FakeEdfaPayApi api = FakeEdfaPayApi.partner();
        seed(api, "m-1", "u-", 6);
        api.failNext.put("getSdkToken:u-4", () -> EdfaPayException.of(EdfaPayException.Details.of(Reason.NOT_FOUND,
                Operation.READ_SDK_TOKEN).withHttp(404, null, null, true)));
        List<SweepResult> results = new CopyOnWriteArrayList<>();

        SweepSummary summary = sweep(api, EVERYONE).onResult(results::add).build().run();

        assertThat(summary.outcome()).isEqualTo(SweepSummary.Outcome.COMPLETED);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(find(results, "u-4").status()).isEqualTo(SweepStatus.FAILED);
        assertThat(results).hasSize(6);
    }

    @Test
    void aRejectedKeyAbortsTheSweep() {
        FakeEdfaPayApi api = FakeEdfaPayApi.partner();
        seed(api, "m-1", "u-", 40);
        api.failNext.put("getSdkToken:u-3", FakeEdfaPayApi::unauthorized);

        SweepSummary summary = sweep(api, EVERYONE).concurrency(1).pageSize(10).build().run();

        assertThat(summary.outcome()).isEqualTo(SweepSummary.Outcome.ABORTED);
        assertThat(summary.abortCause()).isInstanceOf(EdfaPayException.Unauthorized.class);
        assertThat(summary.done()).isEqualTo(3);
        assertThat(api.log.stream().filter(c -> c.startsWith("getSdkToken:"))).hasSize(4);
    }

    @Test
    void usersThatCannotBeListedAbortTheSweep() {
        FakeEdfaPayApi api = FakeEdfaPayApi.partner();
        seed(api, "m-1", "u-", 4);
        api.failNext.put("searchUsers", () -> EdfaPayException.of(Reason.TIMEOUT,
                Operation.SEARCH_USERS));

        SweepSummary summary = sweep(api, EVERYONE).build().run();

        assertThat(summary.outcome()).isEqualTo(SweepSummary.Outcome.ABORTED);
        assertThat(summary.abortCause()).isInstanceOf(EdfaPayException.Timeout.class);
        assertThat(api.log).noneMatch(c -> c.startsWith("getSdkToken:"));
    }

    @Test
    void cancellingStopsRequestsAndDeliversNothingMore() throws Exception {
        Semaphore gate = new Semaphore(0);
        AtomicInteger requests = new AtomicInteger();
        FakeEdfaPayApi api = new FakeEdfaPayApi(FakeEdfaPayApi.partner().identity) {
            @Override
            public SdkToken getSdkToken(String userId) {
                requests.incrementAndGet();
                try {
                    gate.acquire();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw EdfaPayException.of(EdfaPayException.Details.of(Reason.CONNECTION_LOST,
                            Operation.READ_SDK_TOKEN).withCause(e));
                }
                return super.getSdkToken(userId);
            }
        };
        seed(api, "m-1", "u-", 500);
        List<SweepResult> results = new CopyOnWriteArrayList<>();
        TokenSweep sweep = sweep(api, EVERYONE).concurrency(4).onResult(results::add).build();
        SweepSummary[] summary = new SweepSummary[1];
        Thread runner = new Thread(() -> summary[0] = sweep.run());
        runner.start();

        gate.release(20);
        awaitTrue(() -> results.size() == 20 && requests.get() == 24);
        sweep.cancel();
        runner.join(TimeUnit.SECONDS.toMillis(5));
        int requestedAtCancel = requests.get();
        gate.release(1000);
        // Once every worker has ended, nothing more can be requested.
        for (ExecutorService pool : pools) {
            assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(runner.isAlive()).isFalse();
        assertThat(summary[0].outcome()).isEqualTo(SweepSummary.Outcome.CANCELLED);
        assertThat(summary[0].done()).isEqualTo(20);
        assertThat(results).hasSize(20);
        assertThat(requests.get()).as("nothing requested after cancel").isEqualTo(requestedAtCancel);
        assertThat(sweep.isCancelled()).isTrue();
    }

    @Test
    void theTokenVisitorSeesEachTokenButResultsOnlyKeepTheLastFour() {
        FakeEdfaPayApi api = FakeEdfaPayApi.partner();
        seed(api, "m-1", "u-", 9);
        Map<String, Integer> hashes = new ConcurrentHashMap<>();
        List<SweepResult> results = new CopyOnWriteArrayList<>();

        sweep(api, EVERYONE).onToken((user, token) -> {
            if (token.hasToken()) {
                hashes.put(user.id(), token.token().hashCode());
            }
        }).onResult(results::add).build().run();

        assertThat(hashes).hasSize(6).containsEntry("u-1", token(1).hashCode());
        assertThat(results).allSatisfy(r -> {
            assertThat(r.toString()).doesNotContain(token(1), token(2));
            assertThat(r.last4()).hasSizeLessThanOrEqualTo(4);
        });
    }

    @Test
    void aSweepRunsOnce() {
        FakeEdfaPayApi api = FakeEdfaPayApi.partner();
        TokenSweep sweep = sweep(api, EVERYONE).build();
        assertThat(sweep.run().outcome()).isEqualTo(SweepSummary.Outcome.COMPLETED);
        org.assertj.core.api.Assertions.assertThatThrownBy(sweep::run).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theWorkersRunOnThePoolTheSweepIsGivenWhichItShutsDownAtTheEnd() {
        FakeEdfaPayApi api = FakeEdfaPayApi.partner();
        seed(api, "m-1", "u-", 30);
        Set<String> readers = ConcurrentHashMap.newKeySet();
        TokenSweep sweep = TokenSweep.over(api, EVERYONE).concurrency(3).workers(threads -> {
            AtomicInteger count = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads,
                    runnable -> new Thread(runnable, "given-" + count.incrementAndGet()));
            pools.add(pool);
            poolSizes.add(threads);
            return pool;
        }).onToken((user, token) -> readers.add(Thread.currentThread().getName())).build();

        assertThat(sweep.run().outcome()).isEqualTo(SweepSummary.Outcome.COMPLETED);
        assertThat(poolSizes).as("one pool of the sweep's concurrency").containsExactly(3);
        assertThat(readers).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("given-"));
        assertThat(pools.get(0).isShutdown()).isTrue();
    }

    @Test
    void aSweepWithoutAPoolForItsWorkersIsNotBuilt() {
        FakeEdfaPayApi api = FakeEdfaPayApi.partner();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TokenSweep.over(api, EVERYONE).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("workers");
    }

    private static SweepResult find(List<SweepResult> results, String userId) {
        return results.stream().filter(r -> r.user().id().equals(userId)).findFirst().orElseThrow();
    }

    private static void awaitTrue(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}

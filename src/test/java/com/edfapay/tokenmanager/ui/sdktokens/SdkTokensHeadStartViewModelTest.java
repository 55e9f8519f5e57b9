package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.ui.Failures;
import com.edfapay.tokenmanager.api.EdfaPayException.Operation;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.desktop.FakeSystemClipboard;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.RecordingDialogs;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A load's first screenful of token reads is sent by the work that fetched its first page ({@link TokenHeadStart}),
 * before the UI thread has built the page's rows: each user read once, failures worded as any other, a rejected key
 * stopping everything, and nothing of it left once the load is replaced.
 */
class SdkTokensHeadStartViewModelTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    /** The UI thread, busy: what background work hands to it waits here until the test runs it. */
    private final BusyUiThread ui = new BusyUiThread(tasks);
    private final FakeEdfaPayApi api = new FakeEdfaPayApi(FakeEdfaPayApi.merchant().identity);

    private SdkTokensViewModel viewModel(int users) {
        for (int i = 0; i < users; i++) {
            String id = String.format("u-%03d", i);
            api.users.add(new UserSummary(id, "user" + id, null, "Name" + i, "Last", null, UserType.TERMINAL, "m-1",
                    "Merchant", true));
            api.sdkTokens.put(id, new SdkToken(id, String.format("%060X%04d", 1L, i), "m-1", UserType.TERMINAL,
                    "t-" + i, "TRSM" + i, "DEV" + i, true));
        }
        return new SdkTokensViewModel(SdkTokensTestKit.session(api), null, ui, Messages.forLocale(Locale.ENGLISH),
                new RecordingDialogs(), SdkTokensTestKit.clipboard(new FakeSystemClipboard(), tasks), () -> { }, 8);
    }

    private List<String> tokenReads() {
        return api.log.stream().filter(c -> c.startsWith("getSdkToken:")).map(c -> c.substring(12)).toList();
    }

    @Test
    void theFirstScreenfulIsReadBeforeTheUiThreadHasThePage() {
        SdkTokensViewModel vm = viewModel(200);
        ui.busy = true;

        vm.start();

        assertThat(vm.rows()).as("the page has not reached the UI thread").isEmpty();
        assertThat(tokenReads()).as("but its first screenful is being read")
                .hasSize(SdkTokensViewModel.FIRST_SCREENFUL).startsWith("u-000", "u-001")
                .endsWith(String.format("u-%03d", SdkTokensViewModel.FIRST_SCREENFUL - 1));

        ui.busy = false;
        ui.runWaiting();
        SdkTokensTestKit.settle(tasks);

        assertThat(tokenReads()).as("each user once: the fetcher leaves the head start's users alone")
                .doesNotHaveDuplicates()
                .hasSize(SdkTokensViewModel.FIRST_SCREENFUL + SdkTokensViewModel.MARGIN_ROWS);
        assertThat(vm.tokenRequests()).as("counted, whoever sent them").isEqualTo(tokenReads().size());
        assertThat(vm.rows().subList(0, SdkTokensViewModel.FIRST_SCREENFUL))
                .allSatisfy(row -> assertThat(row.statusProperty().get()).isEqualTo(TokenStatus.ACTIVE));
    }

    @Test
    void theHeadStartCountsAgainstTheLimitOfReadsAtOnce() {
        SdkTokensViewModel vm = viewModel(200);
        tasks.hold();
        vm.start();
        tasks.runNext();
        vm.rowsOnScreen(0, 80); // within the first page (margin included): no second page to load

        assertThat(vm.inFlightTokenRequests()).isEqualTo(SdkTokensViewModel.ON_SIGHT_CONCURRENCY);
        assertThat(tasks.pending()).isEqualTo(SdkTokensViewModel.ON_SIGHT_CONCURRENCY);
    }

    @Test
    void aFailedHeadStartReadIsWordedOnItsRowAndNotSentAgain() {
        SdkTokensViewModel vm = viewModel(50);
        api.failNext.put("getSdkToken:u-002", () -> Failures.fail(Reason.SERVER_ERROR, Operation.READ_SDK_TOKEN, 502,
                null, null));

        vm.start();
        SdkTokensTestKit.settle(tasks);

        SdkTokenRow failed = SdkTokensTestKit.row(vm, "u-002");
        assertThat(failed.statusProperty().get()).isEqualTo(TokenStatus.ERROR);
        assertThat(failed.problemProperty().get()).isNotEmpty();
        assertThat(tokenReads()).filteredOn("u-002"::equals).hasSize(1);
    }

    @Test
    void aRejectedKeyInTheHeadStartStopsEveryRead() {
        SdkTokensViewModel vm = viewModel(200);
        api.failNext.put("getSdkToken:u-000", FakeEdfaPayApi::unauthorized);
        tasks.hold();
        vm.start();
        tasks.runNext();
        tasks.release();
        SdkTokensTestKit.settle(tasks);

        assertThat(vm.bannerProperty().get()).isEqualTo(SdkTokensViewModel.Banner.KEY_REJECTED);
        assertThat(tokenReads()).as("nothing after the reads already on their way")
                .hasSizeLessThanOrEqualTo(SdkTokensViewModel.ON_SIGHT_CONCURRENCY);
        vm.rowsOnScreen(100, 130);
        SdkTokensTestKit.settle(tasks);
        assertThat(tokenReads()).hasSizeLessThanOrEqualTo(SdkTokensViewModel.ON_SIGHT_CONCURRENCY);
    }

    @Test
    void aSearchTypedMeanwhileDropsTheHeadStart() {
        SdkTokensViewModel vm = viewModel(200);
        tasks.hold();
        vm.start();
        tasks.runNext();
        assertThat(tokenReads()).as("queued, not yet sent").isEmpty();

        vm.searchTextProperty().set("nobody by that name");
        tasks.elapse(SdkTokensViewModel.SEARCH_DEBOUNCE);
        tasks.release();
        SdkTokensTestKit.settle(tasks);

        assertThat(vm.rows()).isEmpty();
        assertThat(tokenReads()).as("the replaced load's reads never went").isEmpty();
    }

    /** Runs background work at once (the fake runner) but can hold back what it hands to the UI thread. */
    private static final class BusyUiThread implements TaskRunner {
        private final SameThreadTaskRunner tasks;
        private final List<Runnable> waiting = new ArrayList<>();
        boolean busy;

        BusyUiThread(SameThreadTaskRunner tasks) {
            this.tasks = tasks;
        }

        void runWaiting() {
            while (!waiting.isEmpty()) {
                waiting.remove(0).run();
            }
        }

        @Override
        public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess,
                                   Consumer<? super Throwable> onFailure) {
            return tasks.run(work, result -> onUi(() -> onSuccess.accept(result)),
                    failure -> onUi(() -> onFailure.accept(failure)));
        }

        private void onUi(Runnable action) {
            if (busy) {
                waiting.add(action);
            } else {
                action.run();
            }
        }

        @Override
        public void runOnUiThread(Runnable action) {
            onUi(action);
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable action) {
            return tasks.schedule(delay, () -> onUi(action));
        }

        @Override
        public ExecutorService workerPool(String name, int threads) {
            return tasks.workerPool(name, threads);
        }
    }
}

package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.desktop.FakeSystemClipboard;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.RecordingDialogs;
import com.edfapay.tokenmanager.ui.common.DialogService;
import com.edfapay.tokenmanager.ui.common.ExecutorTaskRunner;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import com.edfapay.tokenmanager.ui.scope.MerchantScopeViewModel;
import com.edfapay.tokenmanager.ui.session.Session;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SdkTokensViewModelTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final FakeSystemClipboard systemClipboard = new FakeSystemClipboard();
    private final ClipboardGuard clipboard = new ClipboardGuard(systemClipboard,
            (delay, action) -> tasks.schedule(delay, action)::cancel, () -> Duration.ofSeconds(30));
    private final AtomicInteger signOuts = new AtomicInteger();
    private FakeEdfaPayApi api;

    @BeforeEach
    void setUp() {
        api = FakeEdfaPayApi.merchant();
    }

    /** Users u-0..u-(n-1) of merchant m-1: every third has no token, every fourth with a token is disabled. */
    private void seed(FakeEdfaPayApi target, String merchantId, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            String id = prefix + i;
            UserType type = i % 2 == 0 ? UserType.TERMINAL : UserType.USER;
            target.users.add(new UserSummary(id, "user" + prefix + i, null, "First" + i, "Last", null, type,
                    merchantId, "Merchant " + merchantId, true));
            if (i % 3 != 0) {
                target.sdkTokens.put(id, new SdkToken(id, token(i), merchantId, type, "t-" + i, "TRSM" + i,
                        "DEV" + i, i % 4 != 0));
            }
        }
    }

    private static String token(int i) {
        return String.format("%064X", 1_000_000L + i);
    }

    private SdkTokensViewModel viewModel(TaskRunner runner, MerchantScopeViewModel scope, int concurrency) {
        Session session = new Session("test", Environment.LOCAL_SANDBOX, "http://127.0.0.1:1", api, api.identity,
                Session.KeyFingerprint.of("edfa_1234567890abcdef"));
        return new SdkTokensViewModel(session, scope, runner, messages, dialogs, clipboard,
                signOuts::incrementAndGet, concurrency);
    }

    private SdkTokensViewModel started(int users) {
        seed(api, "m-1", "u-", users);
        SdkTokensViewModel vm = viewModel(tasks, null, 8);
        vm.start();
        return vm;
    }

    private SdkTokenRow row(SdkTokensViewModel vm, String userId) {
        return vm.allRows().stream().filter(r -> r.userId().equals(userId)).findFirst().orElseThrow();
    }

    @Test
    void loadsEveryPageOfUsersAndEachUsersTokenState() {
        SdkTokensViewModel vm = started(250);

        assertThat(vm.allRows()).hasSize(250);
        assertThat(api.log.stream().filter(c -> c.equals("searchUsers"))).hasSize(3);
        assertThat(row(vm, "u-0").statusProperty().get()).isEqualTo(TokenStatus.NO_TOKEN);
        assertThat(row(vm, "u-1").statusProperty().get()).isEqualTo(TokenStatus.ACTIVE);
        assertThat(row(vm, "u-4").statusProperty().get()).isEqualTo(TokenStatus.DISABLED);
        assertThat(row(vm, "u-1").trsmProperty().get()).isEqualTo("TRSM1");
        assertThat(row(vm, "u-1").last4()).isEqualTo(token(1).substring(60));
        assertThat(vm.tokensDoneProperty().get()).isEqualTo(250);
        assertThat(vm.progressTextProperty().get()).isEqualTo("250 tokens loaded");
        assertThat(vm.loadingUsersProperty().get()).isFalse();
    }

    @Test
    void neverHasMoreTokenRequestsInFlightThanTheLimit() {
        seed(api, "m-1", "u-", 40);
        tasks.hold();
        SdkTokensViewModel vm = viewModel(tasks, null, 3);
        vm.start();
        tasks.runNext(); // the users page arrives and the filler starts

        int maxPending = 0;
        while (tasks.pending() > 0) {
            maxPending = Math.max(maxPending, vm.inFlightTokenRequests());
            assertThat(tasks.pending()).isLessThanOrEqualTo(3);
            tasks.runNext();
        }
        assertThat(maxPending).isEqualTo(3);
        assertThat(vm.allRows()).allSatisfy(r -> assertThat(r.statusProperty().get()).isNotEqualTo(TokenStatus.LOADING));
    }

    @Test
    void withRealThreadsTheConcurrencyBoundHolds() throws Exception {
        Semaphore gate = new Semaphore(0);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        api = new FakeEdfaPayApi(FakeEdfaPayApi.merchant().identity) {
            @Override
            public SdkToken getSdkToken(String userId) {
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    gate.acquire();
                    return super.getSdkToken(userId);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } finally {
                    inFlight.decrementAndGet();
                }
            }
        };
        seed(api, "m-1", "u-", 60);
        try (ExecutorTaskRunner runner = new ExecutorTaskRunner(32)) {
            SdkTokensViewModel vm = runner.onUi(() -> {
                SdkTokensViewModel created = viewModel(runner, null, 8);
                created.start();
                return created;
            });
            awaitTrue(() -> inFlight.get() == 8);
            gate.release(1000);
            awaitTrue(() -> runner.onUi(() -> vm.tokensDoneProperty().get()) == 60);
        }
        assertThat(maxInFlight.get()).isEqualTo(8);
    }

    @Test
    void rowsOnScreenAreFetchedBeforeTheRest() {
        seed(api, "m-1", "u-", 100);
        tasks.hold();
        SdkTokensViewModel vm = viewModel(tasks, null, 2);
        vm.start();
        tasks.runNext(); // users page
        List<SdkTokenRow> onScreen = vm.allRows().subList(80, 84);
        vm.rowsOnScreen(List.copyOf(onScreen));
        api.log.clear();
        for (int i = 0; i < 6; i++) {
            tasks.runNext();
        }
        assertThat(api.log).containsSubsequence("getSdkToken:u-80", "getSdkToken:u-81", "getSdkToken:u-82",
                "getSdkToken:u-83");
        assertThat(api.log.subList(0, 6)).contains("getSdkToken:u-80", "getSdkToken:u-83");
    }

    @Test
    void switchingMerchantCancelsTheOldLoadAndShowsOnlyTheNewMerchantsUsers() {
        api = new FakeEdfaPayApi(new Identity("p-admin", UserType.PARTNER, "p-1", "Edfa Demo Partner", "p-1",
                false));
        seed(api, "m-1", "a-", 30);
        seed(api, "m-2", "b-", 5);
        MerchantSummary first = new MerchantSummary("m-1", "Riyadh Coffee Roasters", null, null, true, "p-1");
        MerchantSummary second = new MerchantSummary("m-2", "Jeddah Electronics", null, null, true, "p-1");
        MerchantScopeViewModel scope = new MerchantScopeViewModel(api, "p-1", tasks, messages);
        scope.select(first);
        tasks.hold();
        SdkTokensViewModel vm = viewModel(tasks, scope, 4);
        vm.start();
        tasks.runNext(); // merchant 1's users arrive, 4 token requests start
        assertThat(vm.allRows()).hasSize(30);

        scope.select(second);
        tasks.release();

        assertThat(vm.allRows()).extracting(SdkTokenRow::userId).containsExactlyInAnyOrder(
                "b-0", "b-1", "b-2", "b-3", "b-4");
        assertThat(vm.allRows()).allSatisfy(r -> assertThat(r.statusProperty().get()).isNotEqualTo(TokenStatus.LOADING));
        long oldRequests = api.log.stream().filter(c -> c.startsWith("getSdkToken:a-")).count();
        assertThat(oldRequests).as("no new requests for the old merchant after the switch").isZero();
        assertThat(vm.merchantColumnShownProperty().get()).as("one merchant without branches").isFalse();

        scope.selectAll();
        assertThat(vm.merchantColumnShownProperty().get()).isTrue();
        assertThat(vm.allRows()).hasSize(35);
    }

    @Test
    void searchIsDebouncedAndSentToTheServer() {
        SdkTokensViewModel vm = started(20);
        api.log.clear();

        vm.searchTextProperty().set("u");
        vm.searchTextProperty().set("us");
        tasks.elapse(Duration.ofMillis(200));
        vm.searchTextProperty().set("useru-1");
        tasks.elapse(Duration.ofMillis(299));
        assertThat(api.log).doesNotContain("searchUsers");

        tasks.elapse(Duration.ofMillis(1));
        assertThat(api.log.stream().filter(c -> c.equals("searchUsers"))).hasSize(1);
        assertThat(vm.allRows()).extracting(SdkTokenRow::userId)
                .containsExactlyInAnyOrder("u-1", "u-10", "u-11", "u-12", "u-13", "u-14", "u-15", "u-16", "u-17",
                        "u-18", "u-19");
    }

    @Test
    void filtersByUserTypeAndStatusWithoutAskingTheServerAgain() {
        SdkTokensViewModel vm = started(12);
        int calls = api.calls.get();

        vm.typeFilterProperty().set(UserType.TERMINAL);
        assertThat(vm.visibleRows()).allSatisfy(r -> assertThat(r.userType()).isEqualTo(UserType.TERMINAL));
        assertThat(vm.visibleRows()).hasSize(6);

        vm.statusFilterProperty().set(TokenStatus.NO_TOKEN);
        assertThat(vm.visibleRows()).extracting(SdkTokenRow::userId).containsExactlyInAnyOrder("u-0", "u-6");

        vm.typeFilterProperty().set(null);
        vm.statusFilterProperty().set(TokenStatus.DISABLED);
        assertThat(vm.visibleRows()).extracting(SdkTokenRow::userId).containsExactlyInAnyOrder("u-4", "u-8");
        assertThat(api.calls.get()).isEqualTo(calls);
    }

    @Test
    void generatingForAUserWithoutTokenUpdatesOnlyThatRow() {
        SdkTokensViewModel vm = started(6);
        SdkTokenRow row = row(vm, "u-3");
        assertThat(row.statusProperty().get()).isEqualTo(TokenStatus.NO_TOKEN);
        api.log.clear();

        vm.selectedProperty().set(row);
        vm.generateOrReplaceSelected();

        assertThat(dialogs.asked).singleElement().satisfies(c -> {
            assertThat(c.destructive()).isFalse();
            assertThat(c.header()).contains("First3 Last");
        });
        assertThat(api.log).containsExactly("generateSdkToken:u-3");
        assertThat(row.statusProperty().get()).isEqualTo(TokenStatus.ACTIVE);
        assertThat(row.tokenProperty().get()).isEqualTo(api.sdkTokens.get("u-3").token());
        assertThat(dialogs.notices).singleElement().asString().contains("generated");
    }

    @Test
    void replacingWarnsThatDevicesStopWorkingAndDoesNothingWhenDeclined() {
        SdkTokensViewModel vm = started(6);
        SdkTokenRow row = row(vm, "u-1");
        String before = row.tokenProperty().get();
        vm.selectedProperty().set(row);
        api.log.clear();

        dialogs.answer = false;
        vm.generateOrReplaceSelected();
        assertThat(api.log).isEmpty();
        assertThat(dialogs.asked.get(0).destructive()).isTrue();
        assertThat(dialogs.asked.get(0).detail()).contains("stop working");

        dialogs.answer = true;
        vm.generateOrReplaceSelected();
        assertThat(api.log).containsExactly("generateSdkToken:u-1");
        assertThat(row.tokenProperty().get()).isNotEqualTo(before).isEqualTo(api.sdkTokens.get("u-1").token());
    }

    @Test
    void disablingShowsTheStateTheServerReports() {
        SdkTokensViewModel vm = started(6);
        SdkTokenRow row = row(vm, "u-1");
        vm.selectedProperty().set(row);

        vm.toggleSelected();

        assertThat(dialogs.asked.get(0).title()).isEqualTo("Disable SDK token");
        assertThat(api.sdkTokens.get("u-1").active()).isFalse();
        assertThat(row.statusProperty().get()).isEqualTo(TokenStatus.DISABLED);

        vm.disableSelected();
        assertThat(dialogs.asked).as("Delete on a disabled token asks nothing").hasSize(1);

        vm.toggleSelected();
        assertThat(row.statusProperty().get()).isEqualTo(TokenStatus.ACTIVE);
    }

    @Test
    void aFailedActionMarksTheRowStaleInsteadOfShowingOldDataAsFresh() {
        SdkTokensViewModel vm = started(6);
        SdkTokenRow row = row(vm, "u-1");
        vm.selectedProperty().set(row);
        api.failNext.put("setSdkTokenActive:u-1", () -> new EdfaPayException.NetworkFailure(
                "The server cannot be reached.", 0, null, null, null));

        vm.toggleSelected();

        assertThat(row.statusProperty().get()).isEqualTo(TokenStatus.STALE);
        assertThat(row.problemProperty().get()).contains("cannot be reached");
        assertThat(dialogs.errors).singleElement().asString().contains("cannot be reached");

        vm.refreshSelected();
        assertThat(row.statusProperty().get()).isEqualTo(TokenStatus.ACTIVE);
        assertThat(row.problemProperty().get()).isEmpty();
    }

    @Test
    void aTokenThatCannotBeReadIsAnErrorNotAState() {
        seed(api, "m-1", "u-", 3);
        api.failNext.put("getSdkToken:u-2", () -> new EdfaPayException.ServerError("The server had a problem.", 502,
                null, null, null));
        SdkTokensViewModel vm = viewModel(tasks, null, 8);
        vm.start();

        assertThat(row(vm, "u-2").statusProperty().get()).isEqualTo(TokenStatus.ERROR);
        assertThat(row(vm, "u-1").statusProperty().get()).isEqualTo(TokenStatus.ACTIVE);
    }

    @Test
    void copyPutsExactlyTheTokenOnTheGuardedClipboard() {
        SdkTokensViewModel vm = started(6);
        vm.selectedProperty().set(row(vm, "u-2"));

        vm.copySelected();

        assertThat(systemClipboard.text).isEqualTo(api.sdkTokens.get("u-2").token());
        assertThat(systemClipboard.concealed).isTrue();
        assertThat(dialogs.notices).singleElement().asString().contains("30 seconds");
        tasks.elapse(Duration.ofSeconds(30));
        assertThat(systemClipboard.text).isNull();
    }

    @Test
    void aRevokedKeyStopsLoadingAndOffersToSignOut() {
        seed(api, "m-1", "u-", 30);
        tasks.hold();
        SdkTokensViewModel vm = viewModel(tasks, null, 2);
        vm.start();
        tasks.runNext();
        api.failNext.put("getSdkToken:u-0", FakeEdfaPayApi::unauthorized);
        tasks.release();

        assertThat(vm.bannerProperty().get()).isEqualTo(SdkTokensViewModel.Banner.KEY_REJECTED);
        assertThat(vm.bannerTextProperty().get()).contains("rejected the API key");
        long requested = api.log.stream().filter(c -> c.startsWith("getSdkToken")).count();
        assertThat(requested).as("at most the two requests already in flight").isLessThanOrEqualTo(2);

        vm.signOut();
        assertThat(signOuts.get()).isEqualTo(1);
    }

    @Test
    void aFailedUserSearchSaysWhyAndRetryLoadsAgain() {
        seed(api, "m-1", "u-", 4);
        api.failNext.put("searchUsers", () -> new EdfaPayException.Timeout("The server did not answer in time.", 0,
                null, null, null));
        SdkTokensViewModel vm = viewModel(tasks, null, 8);
        vm.start();
        assertThat(vm.bannerProperty().get()).isEqualTo(SdkTokensViewModel.Banner.LOAD_FAILED);
        assertThat(vm.bannerTextProperty().get()).contains("did not answer in time");

        vm.retry();
        assertThat(vm.bannerProperty().get()).isEqualTo(SdkTokensViewModel.Banner.NONE);
        assertThat(vm.allRows()).hasSize(4);
    }

    @Test
    void bulkDisablePreviewsOnlyWhatChangesAndReportsEveryRow() {
        SdkTokensViewModel vm = started(9);
        // u-0 no token, u-1/u-2 active, u-3 none, u-4 disabled, u-5 active
        vm.selection().setAll(row(vm, "u-0"), row(vm, "u-1"), row(vm, "u-2"), row(vm, "u-4"), row(vm, "u-5"));
        api.failNext.put("setSdkTokenActive:u-2", () -> new EdfaPayException.ServerError(
                "The EdfaPay server had a problem.", 500, null, null, null));

        vm.runBulk(BulkAction.DISABLE);

        DialogService.Confirmation asked = dialogs.asked.get(0);
        assertThat(asked.header()).isEqualTo("Disable 3 SDK tokens?");
        assertThat(asked.detail()).contains("First1 Last", "First2 Last", "First5 Last")
                .contains("2 selected rows are skipped");
        BulkRun run = vm.bulkRunProperty().get();
        assertThat(run.runningProperty().get()).isFalse();
        assertThat(run.results()).extracting(BulkResult::name, BulkResult::outcome).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("First0 Last", BulkResult.Outcome.SKIPPED),
                org.assertj.core.groups.Tuple.tuple("First4 Last", BulkResult.Outcome.SKIPPED),
                org.assertj.core.groups.Tuple.tuple("First1 Last", BulkResult.Outcome.DONE),
                org.assertj.core.groups.Tuple.tuple("First2 Last", BulkResult.Outcome.FAILED),
                org.assertj.core.groups.Tuple.tuple("First5 Last", BulkResult.Outcome.DONE));
        assertThat(api.sdkTokens.get("u-1").active()).isFalse();
        assertThat(api.sdkTokens.get("u-5").active()).isFalse();
        assertThat(api.sdkTokens.get("u-2").active()).isTrue();
        assertThat(row(vm, "u-5").statusProperty().get()).isEqualTo(TokenStatus.DISABLED);
        assertThat(dialogs.notices).last().asString().contains("2 done, 1 failed");
    }

    @Test
    void cancellingABulkRunSendsNothingMoreAndSaysWhatWasNotSent() {
        SdkTokensViewModel vm = started(12);
        List<SdkTokenRow> active = vm.allRows().stream().filter(SdkTokenRow::isActive).toList();
        vm.selection().setAll(active);
        tasks.hold();

        vm.runBulk(BulkAction.DISABLE);
        BulkRun run = vm.bulkRunProperty().get();
        tasks.runNext();
        tasks.runNext();
        run.cancel();
        tasks.release();

        assertThat(run.count(BulkResult.Outcome.DONE)).isEqualTo(Math.min(active.size(), 8));
        assertThat(run.count(BulkResult.Outcome.CANCELLED)).isEqualTo(active.size() - Math.min(active.size(), 8));
        assertThat(run.results()).hasSize(active.size());
        assertThat(run.runningProperty().get()).isFalse();
    }

    @Test
    void disposingStopsEverythingStillQueued() {
        seed(api, "m-1", "u-", 30);
        tasks.hold();
        SdkTokensViewModel vm = viewModel(tasks, null, 4);
        vm.start();
        tasks.runNext();
        vm.dispose();
        api.log.clear();
        tasks.release();

        assertThat(api.log).as("requests already started may finish, nothing new starts").hasSizeLessThanOrEqualTo(4);
        assertThat(vm.tokensDoneProperty().get()).isZero();
    }

    @Test
    void withoutMeTheAppAsksATerminalKeyForItsUserIdOnce() {
        api = new FakeEdfaPayApi(new Identity(null, UserType.SELF, null, null, null, true));
        seed(api, "m-1", "u-", 3);
        SdkTokensViewModel vm = viewModel(tasks, null, 8);
        vm.start();
        assertThat(vm.bannerProperty().get()).isEqualTo(SdkTokensViewModel.Banner.NEEDS_USER_ID);
        assertThat(api.log).isEmpty();

        dialogs.textAnswers.add("  u-2 ");
        vm.askOwnUserId();

        assertThat(dialogs.textQuestions).hasSize(1);
        assertThat(api.log).containsExactly("getSdkToken:u-2");
        assertThat(vm.bannerProperty().get()).isEqualTo(SdkTokensViewModel.Banner.NONE);
        vm.reload();
        assertThat(dialogs.textQuestions).as("asked once, remembered for the session").hasSize(1);
        assertThat(api.log).containsExactly("getSdkToken:u-2", "getSdkToken:u-2");
    }

    @Test
    void aUserOrTerminalKeySeesOneCardWithItsOwnToken() {
        api = new FakeEdfaPayApi(new Identity("u-1", UserType.TERMINAL, "m-1", "Riyadh Coffee Roasters", "p-1",
                false));
        seed(api, "m-1", "u-", 3);
        SdkTokensViewModel vm = viewModel(tasks, null, 8);
        vm.start();

        assertThat(vm.isSingleCard()).isTrue();
        assertThat(api.log).containsExactly("getSdkToken:u-1");
        assertThat(vm.selectedProperty().get().statusProperty().get()).isEqualTo(TokenStatus.ACTIVE);
        vm.copySelected();
        assertThat(systemClipboard.text).isEqualTo(token(1));
    }

    private static void awaitTrue(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.onSpinWait();
        }
    }
}

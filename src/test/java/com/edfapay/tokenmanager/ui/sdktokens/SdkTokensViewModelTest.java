package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.EdfaPayException.Operation;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import com.edfapay.tokenmanager.ui.Failures;
import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.FakeSystemClipboard;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.RecordingDialogs;
import com.edfapay.tokenmanager.ui.common.DialogService;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import com.edfapay.tokenmanager.ui.scope.MerchantScopeViewModel;
import com.edfapay.tokenmanager.ui.session.Session;
import java.time.Duration;
import java.util.ArrayList;
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
    private final ClipboardGuard clipboard = SdkTokensTestKit.clipboard(systemClipboard, tasks);
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
        Session session = SdkTokensTestKit.session(api);
        return new SdkTokensViewModel(session, scope, runner, messages, dialogs, clipboard,
                signOuts::incrementAndGet, concurrency);
    }

    private SdkTokensViewModel started(int users) {
        seed(api, "m-1", "u-", users);
        SdkTokensViewModel vm = viewModel(tasks, null, 8);
        vm.start();
        settle();
        return vm;
    }

    private void settle() {
        SdkTokensTestKit.settle(tasks);
    }

    private static List<SdkTokenRow> loaded(SdkTokensViewModel vm) {
        return vm.rows().stream().filter(r -> !r.isPlaceholder()).toList();
    }

    private SdkTokenRow row(SdkTokensViewModel vm, String userId) {
        return loaded(vm).stream().filter(r -> r.userId().equals(userId)).findFirst().orElseThrow();
    }

    private List<String> tokenReads() {
        return api.log.stream().filter(c -> c.startsWith("getSdkToken:")).map(c -> c.substring(12)).toList();
    }

    @Test
    void opensWithTheFirstPageAndReadsOnlyTheTokensOnScreenAndTheMargin() {
        SdkTokensViewModel vm = started(1000);

        assertThat(vm.rows()).as("one entry per user in scope").hasSize(1000);
        assertThat(loaded(vm)).hasSize(SdkTokensViewModel.USER_PAGE_SIZE);
        assertThat(api.log.stream().filter("searchUsers"::equals)).hasSize(1);
        int onScreen = SdkTokensViewModel.FIRST_SCREENFUL + SdkTokensViewModel.MARGIN_ROWS;
        assertThat(tokenReads()).hasSize(onScreen).doesNotHaveDuplicates();
        assertThat(tokenReads()).allSatisfy(id -> assertThat(Integer.parseInt(id.substring(2))).isLessThan(onScreen));
        assertThat(row(vm, "u-1").statusProperty().get()).isEqualTo(TokenStatus.ACTIVE);
        assertThat(row(vm, "u-1").last4()).isEqualTo(token(1).substring(60));
        assertThat(row(vm, "u-4").statusProperty().get()).isEqualTo(TokenStatus.DISABLED);
        assertThat(row(vm, "u-3").statusProperty().get()).isEqualTo(TokenStatus.NO_TOKEN);
        assertThat(row(vm, "u-1").trsmProperty().get()).isEqualTo("TRSM1");
        assertThat(row(vm, "u-50").statusProperty().get()).as("off screen: not read").isEqualTo(TokenStatus.LOADING);
        assertThat(vm.progressTextProperty().get()).isEqualTo("1,000 users");
    }

    @Test
    void scrollingLoadsOnlyThePageOnScreenAndReadsOnlyItsVisibleRows() {
        SdkTokensViewModel vm = started(1000);
        api.log.clear();

        vm.rowsOnScreen(990, 999);
        settle();

        assertThat(api.log.stream().filter("searchUsers"::equals)).as("only the last page").hasSize(1);
        assertThat(loaded(vm)).hasSize(2 * SdkTokensViewModel.USER_PAGE_SIZE);
        assertThat(vm.rows().get(500).isPlaceholder()).as("pages in between are never asked for").isTrue();
        assertThat(tokenReads()).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream
                .rangeClosed(990 - SdkTokensViewModel.MARGIN_ROWS, 999).mapToObj(i -> "u-" + i).toList());
        assertThat(vm.rows().get(999).statusProperty().get()).isNotEqualTo(TokenStatus.LOADING);

        api.log.clear();
        vm.rowsOnScreen(0, 20);
        settle();
        assertThat(api.log).as("rows read before are not read again").isEmpty();
    }

    @Test
    void rowsThatScrollAwayBeforeTheirTurnAreNeverRequested() {
        seed(api, "m-1", "u-", 1000);
        SdkTokensViewModel vm = viewModel(tasks, null, 8);
        vm.start();
        // The page is there, but no answer has been applied yet: the wish list can still change.
        vm.rowsOnScreen(40, 60);
        settle();

        assertThat(tokenReads()).contains("u-40", "u-60").doesNotHaveDuplicates();
        assertThat(tokenReads().size()).isLessThanOrEqualTo(SdkTokensViewModel.ON_SIGHT_CONCURRENCY
                + 21 + 2 * SdkTokensViewModel.MARGIN_ROWS);
    }

    @Test
    void manyAnswersReachTheTableAsOneUpdate() {
        seed(api, "m-1", "u-", 30);
        tasks.hold();
        SdkTokensViewModel vm = viewModel(tasks, null, 8);
        vm.start();
        tasks.runNext(); // the users page arrives; 30 token reads are sent
        assertThat(tasks.pending()).isEqualTo(30);
        tasks.release(); // all 30 answers arrive

        assertThat(vm.tableUpdates()).isZero();
        assertThat(loaded(vm)).allSatisfy(r -> assertThat(r.statusProperty().get()).isEqualTo(TokenStatus.LOADING));

        tasks.elapse(UpdateBatcher.INTERVAL);

        assertThat(vm.tableUpdates()).isEqualTo(1);
        assertThat(loaded(vm)).allSatisfy(r -> assertThat(r.statusProperty().get()).isNotEqualTo(TokenStatus.LOADING));
    }

    @Test
    void neverHasMoreTokenRequestsInFlightThanTheOnSightLimit() {
        seed(api, "m-1", "u-", 100);
        tasks.hold();
        SdkTokensViewModel vm = viewModel(tasks, null, 8);
        vm.start();
        tasks.runNext();
        vm.rowsOnScreen(0, 99);

        assertThat(vm.inFlightTokenRequests()).isEqualTo(SdkTokensViewModel.ON_SIGHT_CONCURRENCY);
        assertThat(tasks.pending()).isEqualTo(SdkTokensViewModel.ON_SIGHT_CONCURRENCY);
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
        tasks.runNext(); // merchant 1's users arrive, their token reads are queued
        assertThat(loaded(vm)).hasSize(30);

        scope.select(second);
        tasks.release();
        settle();

        assertThat(loaded(vm)).extracting(SdkTokenRow::userId).containsExactlyInAnyOrder(
                "b-0", "b-1", "b-2", "b-3", "b-4");
        assertThat(loaded(vm)).allSatisfy(r -> assertThat(r.statusProperty().get()).isNotEqualTo(TokenStatus.LOADING));
        assertThat(tokenReads()).as("reads queued for the old merchant are never sent")
                .noneMatch(id -> id.startsWith("a-"));
        assertThat(vm.merchantColumnShownProperty().get()).as("one merchant without branches").isFalse();

        scope.selectAll();
        settle();
        assertThat(vm.merchantColumnShownProperty().get()).isTrue();
        assertThat(vm.rows()).hasSize(35);
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
        settle();
        assertThat(api.log.stream().filter(c -> c.equals("searchUsers"))).hasSize(1);
        assertThat(loaded(vm)).extracting(SdkTokenRow::userId)
                .containsExactlyInAnyOrder("u-1", "u-10", "u-11", "u-12", "u-13", "u-14", "u-15", "u-16", "u-17",
                        "u-18", "u-19");
    }

    @Test
    void theUserTypeFilterIsAServerCriterion() {
        SdkTokensViewModel vm = started(12);
        api.log.clear();

        vm.typeFilterProperty().set(UserType.TERMINAL);
        settle();

        assertThat(api.log).contains("searchUsers");
        assertThat(loaded(vm)).hasSize(6).allSatisfy(r -> assertThat(r.userType()).isEqualTo(UserType.TERMINAL));
    }

    @Test
    void aStatusFilterOnAFullyReadSmallTableFiltersWithoutTheServer() {
        SdkTokensViewModel vm = started(12);
        int calls = api.calls.get();

        vm.statusFilterProperty().set(TokenStatus.NO_TOKEN);
        settle();
        assertThat(loaded(vm)).extracting(SdkTokenRow::userId).containsExactlyInAnyOrder("u-0", "u-3", "u-6", "u-9");
        vm.statusFilterProperty().set(TokenStatus.DISABLED);
        settle();
        assertThat(loaded(vm)).extracting(SdkTokenRow::userId).containsExactlyInAnyOrder("u-4", "u-8");
        assertThat(vm.statusFilterNoticeProperty().get()).isEmpty();
        assertThat(api.calls.get()).isEqualTo(calls);

        vm.statusFilterProperty().set(null);
        settle();
        assertThat(loaded(vm)).hasSize(12);
    }

    @Test
    void onAPartialTableTheStatusFilterSaysItNeedsEveryTokenUntilTheCheckHasRun() {
        SdkTokensViewModel vm = started(500);

        vm.statusFilterProperty().set(TokenStatus.DISABLED);
        settle();

        assertThat(vm.statusFilterNoticeProperty().get()).contains("needs the status of every token")
                .contains("38 of 500");
        assertThat(vm.rows()).as("the table is not silently filtered").hasSize(500);

        vm.checkEveryToken();
        settle();

        assertThat(vm.checkRunningProperty().get()).isFalse();
        assertThat(vm.statusFilterNoticeProperty().get()).isEmpty();
        long disabled = api.sdkTokens.values().stream().filter(t -> !t.active()).count();
        assertThat(vm.rows()).hasSize((int) disabled);
        assertThat(loaded(vm)).allSatisfy(r -> assertThat(r.statusProperty().get()).isEqualTo(TokenStatus.DISABLED));
    }

    @Test
    void checkEveryTokenReadsTheWholeScopeAndReportsProgressAndCounts() {
        SdkTokensViewModel vm = started(300);
        api.log.clear();

        vm.checkEveryToken();
        assertThat(vm.checkRunningProperty().get()).as("until its results reach the UI thread").isTrue();
        settle();

        assertThat(tokenReads()).hasSize(300).doesNotHaveDuplicates();
        assertThat(vm.checkRunningProperty().get()).isFalse();
        assertThat(vm.checkProgressProperty().get()).isEqualTo(1.0);
        assertThat(vm.checkTextProperty().get()).isEqualTo(
                "All 300 tokens checked: 150 active, 50 disabled, 100 without a token, 0 could not be read");
        assertThat(row(vm, "u-51").statusProperty().get()).as("a loaded row off screen learns its state")
                .isEqualTo(TokenStatus.NO_TOKEN);

        api.log.clear();
        vm.rowsOnScreen(200, 230);
        settle();
        assertThat(tokenReads()).as("what the check read is not read again").isEmpty();
        assertThat(vm.rows().get(201).statusProperty().get()).isNotEqualTo(TokenStatus.LOADING);
    }

    @Test
    void checkEveryTokenWaitsOutA429AndStillReadsThatToken() {
        SdkTokensViewModel vm = started(40);
        api.failNext.put("getSdkToken:u-7", () -> EdfaPayException.of(EdfaPayException.Details.of(
                EdfaPayException.Reason.RATE_LIMITED, EdfaPayException.Operation.READ_SDK_TOKEN)
                .withHttp(429, null, "Too many requests.", false).withRetryAfter(Duration.ofMillis(20))));

        vm.checkEveryToken();
        settle();

        assertThat(api.log.stream().filter("getSdkToken:u-7"::equals)).hasSize(3);
        assertThat(vm.checkTextProperty().get()).startsWith("All 40 tokens checked").endsWith("0 could not be read");
    }

    @Test
    void cancellingCheckEveryTokenStopsItsRequests() throws Exception {
        Semaphore gate = new Semaphore(0);
        AtomicInteger reads = new AtomicInteger();
        api = new FakeEdfaPayApi(FakeEdfaPayApi.merchant().identity) {
            @Override
            public SdkToken getSdkToken(String userId) {
                if (Thread.currentThread().getName().startsWith("token-sweep")) {
                    reads.incrementAndGet();
                    try {
                        gate.acquire();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw EdfaPayException.of(EdfaPayException.Reason.CONNECTION_LOST, EdfaPayException.Operation.READ_SDK_TOKEN);
                    }
                }
                return super.getSdkToken(userId);
            }
        };
        SdkTokensViewModel vm = started(400);
        tasks.hold();
        vm.checkEveryToken();
        Thread sweeping = new Thread(tasks::runNext);
        sweeping.start();
        gate.release(20);
        awaitTrue(() -> reads.get() == 28);

        vm.cancelCheck();
        sweeping.join(5000);
        int atCancel = reads.get();
        gate.release(1000);
        assertThat(tasks.poolsEnded(Duration.ofSeconds(10))).as("the sweep's workers ended after the cancel").isTrue();

        assertThat(sweeping.isAlive()).isFalse();
        assertThat(reads.get()).isEqualTo(atCancel);
        assertThat(vm.checkRunningProperty().get()).isFalse();
        assertThat(vm.checkTextProperty().get()).startsWith("Check cancelled after");
    }

    @Test
    void theTokenIsFetchedForCopyAndDroppedWhenTheSelectionMoves() throws Exception {
        SdkTokensViewModel vm = started(6);
        SdkTokenRow first = row(vm, "u-2");
        api.log.clear();

        vm.selectedProperty().set(first);
        assertThat(api.log).as("selecting reads nothing").isEmpty();
        vm.copySelected();

        assertThat(api.log).containsExactly("getSdkToken:u-2");
        assertThat(systemClipboard.text).isEqualTo(token(2));
        assertThat(vm.heldTokenProperty().get()).isEqualTo(token(2));
        vm.toggleQr();
        assertThat(vm.qrShownProperty().get()).isTrue();
        assertThat(api.log).as("QR uses the token already held").hasSize(1);

        vm.selectedProperty().set(row(vm, "u-1"));

        assertThat(vm.heldTokenProperty().get()).isNull();
        assertThat(vm.qrShownProperty().get()).isFalse();
        for (SdkTokenRow row : loaded(vm)) {
            assertThat(stringsHeldBy(row)).doesNotContain(token(1), token(2), token(4), token(5));
        }
    }

    @Test
    void revealFetchesTheSelectedTokenOnlyWhenAsked() {
        SdkTokensViewModel vm = started(6);
        vm.selectedProperty().set(row(vm, "u-4"));
        api.log.clear();

        vm.revealSelected();

        assertThat(api.log).containsExactly("getSdkToken:u-4");
        assertThat(vm.heldTokenProperty().get()).isEqualTo(token(4));
        assertThat(vm.detail().maskedTokenProperty().get()).endsWith(token(4).substring(60))
                .doesNotContain(token(4));
    }

    @Test
    void theDetailStateSaysWhichActionsTheStatusAllows() {
        SdkTokensViewModel vm = started(6);
        SdkTokenDetailViewModel detail = vm.detail();

        vm.selectedProperty().set(row(vm, "u-3"));
        assertThat(detail.copyDisabledProperty().get()).isTrue();
        assertThat(detail.toggleDisabledProperty().get()).isTrue();
        assertThat(detail.generateTextProperty().get()).isEqualTo("_Generate token");
        assertThat(detail.noTokenShownProperty().get()).isTrue();

        vm.selectedProperty().set(row(vm, "u-1"));
        assertThat(detail.copyDisabledProperty().get()).isFalse();
        assertThat(detail.toggleTextProperty().get()).isEqualTo("_Disable\u2026");
        assertThat(detail.generateTextProperty().get()).isEqualTo("Re_place token\u2026");

        vm.selectedProperty().set(row(vm, "u-4"));
        assertThat(detail.toggleTextProperty().get()).isEqualTo("_Enable\u2026");
        assertThat(detail.statusTextProperty().get()).isEqualTo("Disabled");
    }

    @Test
    void theBannerButtonSignsOutAfterARejectedKeyAndRetriesAfterAFailedLoad() {
        seed(api, "m-1", "u-", 4);
        api.failNext.put("searchUsers", FakeEdfaPayApi::unauthorized);
        SdkTokensViewModel vm = viewModel(tasks, null, 8);
        vm.start();
        assertThat(vm.bannerActionTextProperty().get()).isEqualTo("Sign out and reconnect");
        vm.bannerAction();
        assertThat(signOuts.get()).isEqualTo(1);
    }

    @Test
    void sortingByNameAsksTheServerAndSortingByStatusSortsTheLoadedRowsOnce() {
        SdkTokensViewModel vm = started(12);
        api.log.clear();

        vm.sortBy(SdkTokensViewModel.SortColumn.NAME, false);
        settle();
        assertThat(api.log).contains("searchUsers");

        vm.sortBy(SdkTokensViewModel.SortColumn.STATUS, true);
        assertThat(vm.localSortAvailableProperty().get()).isTrue();
        List<TokenStatus> order = vm.rows().stream().map(r -> r.statusProperty().get()).toList();
        assertThat(order).isSortedAccordingTo(java.util.Comparator.comparing(Enum::ordinal));
    }

    private static List<String> stringsHeldBy(Object row) throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (java.lang.reflect.Field field : row.getClass().getDeclaredFields()) {
            field.setAccessible(true);
            Object value = field.get(row);
            if (value instanceof javafx.beans.value.ObservableValue<?> observable
                    && observable.getValue() instanceof String text) {
                values.add(text);
            } else if (value instanceof String text) {
                values.add(text);
            }
        }
        return values;
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
        assertThat(row.last4()).isEqualTo(api.sdkTokens.get("u-3").last4());
        assertThat(vm.heldTokenProperty().get()).as("held while selected, to copy or show as QR")
                .isEqualTo(api.sdkTokens.get("u-3").token());
        assertThat(dialogs.notices).singleElement().asString().contains("generated");
    }

    @Test
    void replacingWarnsThatDevicesStopWorkingAndDoesNothingWhenDeclined() {
        SdkTokensViewModel vm = started(6);
        SdkTokenRow row = row(vm, "u-1");
        String before = row.last4();
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
        assertThat(row.last4()).isNotEqualTo(before).isEqualTo(api.sdkTokens.get("u-1").last4());
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
        api.failNext.put("setSdkTokenActive:u-1", () -> Failures.fail(
                Reason.CONNECTION_REFUSED, Operation.SWITCH_SDK_TOKEN));

        vm.toggleSelected();

        assertThat(row.statusProperty().get()).isEqualTo(TokenStatus.STALE);
        assertThat(row.problemProperty().get()).contains("Could not connect to the server");
        assertThat(dialogs.errors).singleElement().asString().contains("Could not connect to the server");

        vm.refreshSelected();
        assertThat(row.statusProperty().get()).isEqualTo(TokenStatus.ACTIVE);
        assertThat(row.problemProperty().get()).isEmpty();
    }

    @Test
    void aTokenThatCannotBeReadIsAnErrorNotAState() {
        seed(api, "m-1", "u-", 3);
        api.failNext.put("getSdkToken:u-2", () -> Failures.fail(Reason.SERVER_ERROR, Operation.READ_SDK_TOKEN, 502,
                null, null));
        SdkTokensViewModel vm = viewModel(tasks, null, 8);
        vm.start();
        settle();

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
        settle();

        assertThat(vm.bannerProperty().get()).isEqualTo(SdkTokensViewModel.Banner.KEY_REJECTED);
        assertThat(vm.bannerTextProperty().get()).contains("rejected the API key");
        long requested = api.log.stream().filter(c -> c.startsWith("getSdkToken")).count();
        assertThat(requested).as("nothing after the first screenful already in flight")
                .isLessThanOrEqualTo(30);

        vm.signOut();
        assertThat(signOuts.get()).isEqualTo(1);
    }

    @Test
    void skeletonRowsStandInWhileTheFirstPageIsOnItsWayAndThePageReplacesThem() {
        seed(api, "m-1", "u-", 1000);
        tasks.hold();
        SdkTokensViewModel vm = viewModel(tasks, null, 8);
        assertThat(vm.showSkeletonRows(3)).as("nothing loading yet").isFalse();
        assertThat(vm.rows()).isEmpty();
        vm.start();
        // The view reports the skeleton's layout while it grows and while the page replaces it (stale cells).
        vm.rows().addListener((javafx.collections.ListChangeListener<SdkTokenRow>) change -> vm.rowsOnScreen(0, 2));

        assertThat(vm.showSkeletonRows(3)).isTrue();
        assertThat(vm.showSkeletonRows(6)).isTrue();
        assertThat(vm.rows()).hasSize(6).allMatch(SdkTokenRow::isPlaceholder);
        assertThat(vm.progressTextProperty().get()).as("no users counted yet").isEmpty();
        assertThat(tasks.pending()).as("only the users page is on its way").isEqualTo(1);

        tasks.runNext(); // the first page arrives
        assertThat(vm.rows()).hasSize(1000);
        assertThat(loaded(vm)).hasSize(SdkTokensViewModel.USER_PAGE_SIZE);
        assertThat(vm.rows().get(0).userId()).isEqualTo("u-0");
        assertThat(vm.showSkeletonRows(9)).as("no skeleton once a page is there").isFalse();
        assertThat(vm.rows()).hasSize(1000);
        tasks.release();
        settle();
        int onScreen = SdkTokensViewModel.FIRST_SCREENFUL + SdkTokensViewModel.MARGIN_ROWS;
        assertThat(tokenReads()).as("the first screenful and margin, not the skeleton's three rows")
                .hasSize(onScreen).doesNotHaveDuplicates();
        assertThat(vm.progressTextProperty().get()).isEqualTo("1,000 users");
    }

    @Test
    void skeletonRowsAreCappedAndLeaveWhenTheScopeIsEmptyOrTheSearchFails() {
        tasks.hold();
        SdkTokensViewModel vm = viewModel(tasks, null, 8);
        vm.start();
        assertThat(vm.showSkeletonRows(SdkTokensViewModel.MAX_SKELETON_ROWS + 50)).as("the cap: stop asking").isFalse();
        assertThat(vm.rows()).hasSize(SdkTokensViewModel.MAX_SKELETON_ROWS);
        tasks.runNext(); // an empty scope
        assertThat(vm.rows()).as("the table says it is empty").isEmpty();

        api.failNext.put("searchUsers", () -> Failures.fail(Reason.TIMEOUT, Operation.SEARCH_USERS));
        vm.reload();
        assertThat(vm.showSkeletonRows(5)).isTrue();
        assertThat(vm.rows()).hasSize(5);
        tasks.runNext();
        assertThat(vm.bannerProperty().get()).isEqualTo(SdkTokensViewModel.Banner.LOAD_FAILED);
        assertThat(vm.rows()).as("no skeleton under the error").isEmpty();
        assertThat(vm.showSkeletonRows(5)).as("nothing loading").isFalse();
        tasks.release();
    }

    @Test
    void aFailedUserSearchSaysWhyAndRetryLoadsAgain() {
        seed(api, "m-1", "u-", 4);
        api.failNext.put("searchUsers", () -> Failures.fail(Reason.TIMEOUT,
                Operation.SEARCH_USERS));
        SdkTokensViewModel vm = viewModel(tasks, null, 8);
        vm.start();
        assertThat(vm.bannerProperty().get()).isEqualTo(SdkTokensViewModel.Banner.LOAD_FAILED);
        assertThat(vm.bannerTextProperty().get()).contains("did not answer in time");

        vm.bannerAction();
        assertThat(vm.bannerProperty().get()).isEqualTo(SdkTokensViewModel.Banner.NONE);
        assertThat(vm.rows()).hasSize(4);
    }

    @Test
    void bulkDisablePreviewsOnlyWhatChangesAndReportsEveryRow() {
        SdkTokensViewModel vm = started(9);
        // u-0 no token, u-1/u-2 active, u-3 none, u-4 disabled, u-5 active
        vm.selection().setAll(row(vm, "u-0"), row(vm, "u-1"), row(vm, "u-2"), row(vm, "u-4"), row(vm, "u-5"));
        api.failNext.put("setSdkTokenActive:u-2", () -> Failures.fail(
                Reason.SERVER_ERROR, Operation.SWITCH_SDK_TOKEN, 500, null, null));

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
        List<SdkTokenRow> active = loaded(vm).stream().filter(SdkTokenRow::isActive).toList();
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
        settle();

        assertThat(api.log).as("queued reads are never sent").isEmpty();
        assertThat(loaded(vm)).allSatisfy(r -> assertThat(r.statusProperty().get()).isEqualTo(TokenStatus.LOADING));
    }

    @Test
    void withoutMeTheAppAsksATerminalKeyForItsUserIdOnce() {
        api = new FakeEdfaPayApi(new Identity(null, UserType.SELF, null, null, null, true));
        seed(api, "m-1", "u-", 3);
        SdkTokensViewModel vm = viewModel(tasks, null, 8);
        vm.start();
        assertThat(vm.bannerProperty().get()).isEqualTo(SdkTokensViewModel.Banner.NEEDS_USER_ID);
        assertThat(api.log).isEmpty();

        dialogs.textAnswers.add(java.util.Optional.of("  u-2 "));
        vm.bannerAction();
        settle();

        assertThat(dialogs.textQuestions).hasSize(1);
        assertThat(api.log).containsExactly("getSdkToken:u-2");
        assertThat(vm.bannerProperty().get()).isEqualTo(SdkTokensViewModel.Banner.NONE);
        vm.refresh();
        settle();
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
        settle();

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

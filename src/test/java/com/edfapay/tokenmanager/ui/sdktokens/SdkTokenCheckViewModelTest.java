package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.FakeSystemClipboard;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.RecordingDialogs;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.session.Session;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Check every token" around its edges: cancelled before its results arrive, stopped by a rejected key, stopped or
 * kept when the scope changes, forgotten by Refresh, and its list of users by status (what the status filter shows).
 * The sweep runs on the calling thread here, so its results wait in the batcher until the fake clock moves on.
 */
class SdkTokenCheckViewModelTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ClipboardGuard clipboard = SdkTokensTestKit.clipboard(new FakeSystemClipboard(), tasks);
    private final AtomicInteger signOuts = new AtomicInteger();
    private FakeEdfaPayApi api;
    private SdkTokensViewModel vm;

    @BeforeEach
    void setUp() {
        api = FakeEdfaPayApi.merchant();
    }

    /** u-0..u-(n-1): every third has no token, every fourth with a token is disabled; usernames run backwards. */
    private SdkTokensViewModel started(int count) {
        for (int i = 0; i < count; i++) {
            String id = "u-" + i;
            UserType type = i % 2 == 0 ? UserType.TERMINAL : UserType.USER;
            api.users.add(new UserSummary(id, String.format("user%04d", count - i), "u" + i + "@example.test",
                    "First" + i, "Last", "+9665000" + i, type, "m-1", "Merchant m-1", true));
            if (i % 3 != 0) {
                api.sdkTokens.put(id, new SdkToken(id, String.format("%060X%04d", 3L, i), "m-1", type, "t-" + i,
                        "TRSM" + i, "DEV" + i, i % 4 != 0));
            }
        }
        Session session = SdkTokensTestKit.session(api);
        vm = new SdkTokensViewModel(session, null, tasks, messages, dialogs, clipboard, signOuts::incrementAndGet, 4);
        vm.start();
        settle();
        return vm;
    }

    private void settle() {
        SdkTokensTestKit.settle(tasks);
    }

    private SdkTokenRow row(String userId) {
        return vm.rows().stream().filter(r -> !r.isPlaceholder() && r.userId().equals(userId)).findFirst()
                .orElseThrow();
    }

    @Test
    void aCheckCancelledBeforeItsResultsArriveChangesNoRowAndSaysHowFarItGot() {
        started(200);
        vm.checkEveryToken();
        assertThat(vm.checkRunningProperty().get()).isTrue();
        assertThat(vm.checkTextProperty().get()).isEqualTo("Checking every token\u2026");
        assertThat(vm.checkProgressProperty().get()).isZero();

        vm.cancelCheck();
        settle();

        assertThat(vm.checkRunningProperty().get()).isFalse();
        assertThat(vm.checkTextProperty().get()).isEqualTo("Check cancelled after 0 of 200 tokens.");
        assertThat(row("u-82").statusProperty().get()).as("no result after the cancel reaches the table")
                .isEqualTo(TokenStatus.LOADING);
        assertThat(vm.checkProgressProperty().get()).isZero();

        vm.checkEveryToken();
        settle();
        assertThat(vm.checkTextProperty().get()).as("a new check counts from zero").isEqualTo(
                "All 200 tokens checked: 100 active, 33 disabled, 67 without a token, 0 could not be read");
        assertThat(row("u-82").statusProperty().get()).isEqualTo(TokenStatus.ACTIVE);
    }

    @Test
    void aKeyRejectedDuringTheCheckStopsItAndOffersToSignOut() {
        started(120);
        api.failNext.put("getSdkToken:u-90", FakeEdfaPayApi::unauthorized);

        vm.checkEveryToken();
        settle();

        assertThat(vm.checkRunningProperty().get()).isFalse();
        assertThat(vm.checkTextProperty().get()).startsWith("Check stopped: ").contains("rejected the API key");
        assertThat(vm.bannerProperty().get()).isEqualTo(SdkTokensViewModel.Banner.KEY_REJECTED);
        assertThat(vm.bannerActionTextProperty().get()).isEqualTo("Sign out and reconnect");

        vm.bannerAction();
        assertThat(signOuts.get()).isEqualTo(1);
    }

    @Test
    void aNewSortKeepsARunningCheck() {
        started(200);
        vm.checkEveryToken();

        vm.sortBy(SdkTokensViewModel.SortColumn.NAME, true);
        settle();

        assertThat(vm.checkTextProperty().get()).as("the same users, sorted otherwise").startsWith(
                "All 200 tokens checked");
    }

    @Test
    void aNewScopeStopsAndForgetsARunningCheck() {
        started(300);
        vm.checkEveryToken();

        vm.typeFilterProperty().set(UserType.USER);
        settle();

        assertThat(vm.checkRunningProperty().get()).isFalse();
        assertThat(vm.checkTextProperty().get()).as("a check of other users is not shown for these").isEmpty();
        vm.statusFilterProperty().set(TokenStatus.DISABLED);
        settle();
        assertThat(vm.statusFilterNoticeProperty().get()).contains("needs the status of every token");
        assertThat(vm.rows()).as("not filtered by the stopped check").hasSize(150);
    }

    @Test
    void refreshForgetsAFinishedCheckButNotARunningOne() {
        started(60);
        vm.checkEveryToken();
        vm.refresh();
        settle();
        assertThat(vm.checkTextProperty().get()).as("still running when refreshed: it finishes")
                .startsWith("All 60 tokens checked");

        vm.refresh();

        assertThat(vm.checkTextProperty().get()).isEmpty();
        vm.statusFilterProperty().set(TokenStatus.NO_TOKEN);
        assertThat(vm.statusFilterNoticeProperty().get()).as("what the check read is forgotten too")
                .contains("needs the status of every token");
    }

    @Test
    void afterACheckTheStatusFilterListsThatStatusSortedByUsernameWithoutContactDetails() {
        started(300);
        vm.checkEveryToken();
        settle();

        vm.statusFilterProperty().set(TokenStatus.DISABLED);
        settle();

        List<SdkTokenRow> shown = vm.rows().stream().filter(r -> !r.isPlaceholder()).toList();
        assertThat(vm.rows()).hasSize(50);
        assertThat(shown).hasSize(50).allSatisfy(r -> {
            assertThat(r.statusProperty().get()).isEqualTo(TokenStatus.DISABLED);
            assertThat(r.user().email()).as("no e-mail kept").isNull();
            assertThat(r.user().phoneNumber()).as("no phone kept").isNull();
            assertThat(r.businessUnitName()).isEqualTo("Merchant m-1");
        });
        assertThat(shown).extracting(SdkTokenRow::username).isSorted();
        assertThat(shown.get(0).userId()).as("usernames run backwards").isEqualTo("u-296");
    }

    @Test
    void aSingleCardHasNoCheckToRun() {
        api = new FakeEdfaPayApi(new com.edfapay.tokenmanager.api.Identity("u-1", UserType.TERMINAL, "m-1",
                "Riyadh Coffee Roasters", "p-1", false));
        started(3);
        api.log.clear();

        vm.checkEveryToken();
        settle();

        assertThat(vm.checkRunningProperty().get()).isFalse();
        assertThat(vm.checkTextProperty().get()).isEmpty();
        assertThat(api.log).isEmpty();
    }
}

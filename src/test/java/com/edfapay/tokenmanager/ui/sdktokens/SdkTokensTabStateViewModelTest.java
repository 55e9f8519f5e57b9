package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.Identity;
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
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK Tokens tab's own state around loads: selection, loading flag, banner, labels, the Delete key, sign-out. */
class SdkTokensTabStateViewModelTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ClipboardGuard clipboard = SdkTokensTestKit.clipboard(new FakeSystemClipboard(), tasks);
    private final AtomicInteger signOuts = new AtomicInteger();
    private FakeEdfaPayApi api;

    @BeforeEach
    void setUp() {
        api = FakeEdfaPayApi.merchant();
    }

    private void seed(int count) {
        for (int i = 0; i < count; i++) {
            String id = "u-" + i;
            UserType type = i % 2 == 0 ? UserType.TERMINAL : UserType.USER;
            api.users.add(new UserSummary(id, "user" + i, null, "First" + i, "Last", null, type, "m-1", "Merchant m-1",
                    true));
            if (i % 3 != 0) {
                api.sdkTokens.put(id, new SdkToken(id, String.format("%060X%04d", 9L, i), "m-1", type, "t", "TRSM",
                        "DEV", i % 4 != 0));
            }
        }
    }

    private SdkTokensViewModel viewModel() {
        Session session = SdkTokensTestKit.session(api);
        return new SdkTokensViewModel(session, null, tasks, messages, dialogs, clipboard, signOuts::incrementAndGet, 8);
    }

    private void settle() {
        SdkTokensTestKit.settle(tasks);
    }

    private static SdkTokenRow row(SdkTokensViewModel vm, String userId) {
        return SdkTokensTestKit.row(vm, userId);
    }

    @Test
    void theLoadingFlagIsOnOnlyWhileAUsersPageIsOnItsWay() {
        seed(250);
        tasks.hold();
        SdkTokensViewModel vm = viewModel();
        vm.start();
        assertThat(vm.loadingUsersProperty().get()).isTrue();
        tasks.runNext();
        assertThat(vm.loadingUsersProperty().get()).isFalse();
        tasks.release();
        settle();
        tasks.hold();

        vm.rowsOnScreen(180, 210); // pages 1 and 2 at once
        assertThat(vm.loadingUsersProperty().get()).isTrue();
        tasks.runNext();
        assertThat(vm.loadingUsersProperty().get()).as("one of two pages still on its way").isTrue();
        tasks.runNext();
        assertThat(vm.loadingUsersProperty().get()).isFalse();
        tasks.release();
    }

    @Test
    void aReloadStartsWithNothingSelectedAndTheNewScopesCount() {
        seed(30);
        SdkTokensViewModel vm = viewModel();
        vm.start();
        settle();
        vm.selectedProperty().set(row(vm, "u-1"));
        vm.selection().setAll(row(vm, "u-1"), row(vm, "u-2"));
        assertThat(vm.progressTextProperty().get()).isEqualTo("30 users");

        vm.typeFilterProperty().set(UserType.USER);
        settle();

        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.selection()).isEmpty();
        assertThat(vm.progressTextProperty().get()).isEqualTo("15 users");
        assertThat(vm.localSortAvailableProperty().get()).isTrue();
        assertThat(vm.tokenRequests()).as("the reloaded users' tokens were known already").isZero();
    }

    @Test
    void theDeleteKeyDisablesAnActiveTokenAfterAskingAndNeverEnables() {
        seed(6);
        SdkTokensViewModel vm = viewModel();
        vm.start();
        settle();
        vm.selectedProperty().set(row(vm, "u-1"));

        vm.disableSelected();

        assertThat(dialogs.asked).singleElement().satisfies(asked -> {
            assertThat(asked.title()).isEqualTo("Disable SDK token");
            assertThat(asked.destructive()).isTrue();
        });
        assertThat(api.sdkTokens.get("u-1").active()).isFalse();
        assertThat(row(vm, "u-1").statusProperty().get()).isEqualTo(TokenStatus.DISABLED);
        assertThat(dialogs.notices).containsExactly("SDK token of First1 Last disabled.");

        vm.selectedProperty().set(row(vm, "u-4"));
        vm.disableSelected();
        assertThat(api.sdkTokens.get("u-4").active()).as("disabled stays disabled").isFalse();
        assertThat(dialogs.asked).hasSize(1);
    }

    @Test
    void withoutItsUserIdTheBannerSaysWhatToDoAndABlankAnswerAsksNothing() {
        api = new FakeEdfaPayApi(new Identity(null, UserType.SELF, null, null, null, true));
        SdkTokensViewModel vm = viewModel();
        vm.start();
        assertThat(vm.bannerActionTextProperty().get()).isEqualTo("Enter your user ID");
        assertThat(vm.bannerTextProperty().get()).startsWith("This server does not say which user");

        dialogs.textAnswers.add(Optional.of("   "));
        vm.bannerAction();
        assertThat(api.log).as("a blank id asks nothing of the server").isEmpty();
        assertThat(vm.bannerProperty().get()).isEqualTo(SdkTokensViewModel.Banner.NEEDS_USER_ID);
    }

    @Test
    void signingOutStopsTheTabsWorkAndDropsTheHeldToken() {
        seed(60);
        SdkTokensViewModel vm = viewModel();
        vm.start();
        vm.rowsOnScreen(0, 59);
        settle();
        vm.selectedProperty().set(row(vm, "u-1"));
        vm.revealSelected();
        assertThat(vm.heldTokenProperty().get()).isNotNull();
        java.util.List<SdkTokenRow> active = vm.rows().stream().filter(SdkTokenRow::isActive).toList();
        assertThat(active).hasSizeGreaterThan(8);
        vm.selection().setAll(active);
        tasks.hold();
        vm.runBulk(BulkAction.DISABLE);
        BulkRun run = vm.bulkRunProperty().get();
        vm.checkEveryToken();
        api.log.clear();

        vm.signOut();

        assertThat(signOuts.get()).isEqualTo(1);
        assertThat(vm.heldTokenProperty().get()).isNull();
        assertThat(vm.checkRunningProperty().get()).isFalse();
        assertThat(run.count(BulkResult.Outcome.CANCELLED)).as("the rows not yet sent are not sent")
                .isEqualTo(active.size() - 8);
        tasks.release();
        settle();
        assertThat(api.log.stream().filter(c -> c.startsWith("setSdkTokenActive"))).as("only those already sent")
                .hasSize(8);
        assertThat(api.log).noneMatch(c -> c.startsWith("getSdkToken") || c.equals("searchUsers"));
    }

    @Test
    void theFilterChoicesAndLabelsAreThoseTheUserPicksFrom() {
        SdkTokensViewModel vm = viewModel();

        assertThat(vm.typeChoices()).containsExactly(null, UserType.USER, UserType.TERMINAL, UserType.SDK_USER,
                UserType.MERCHANT, UserType.BRANCH);
        assertThat(vm.typeChoices().stream().map(vm::typeLabel)).containsExactly("All user types", "User",
                "Terminal", "SDK user", "Merchant", "Branch");
        assertThat(vm.statusChoices().stream().map(vm::statusFilterLabel)).containsExactly("All statuses", "Active",
                "Disabled", "No token", "Error", "Stale");
        assertThat(vm.statusLabel(null)).isEmpty();
        assertThat(vm.rowTypeLabel(null)).isEqualTo("Unknown");
        assertThat(vm.rowTypeLabel(UserType.TERMINAL)).isEqualTo("Terminal");
    }
}

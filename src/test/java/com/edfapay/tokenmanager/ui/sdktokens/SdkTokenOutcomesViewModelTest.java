package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.EdfaPayException.Operation;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import com.edfapay.tokenmanager.api.Page;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.FakeSystemClipboard;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.Failures;
import com.edfapay.tokenmanager.ui.RecordingDialogs;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, defects 2 and 7 on the fetch-on-sight SDK tab: a server that claims more users than the table may hold
 * is capped and said; a toggle whose outcome the client knows (unknown, not applied) is shown as such.
 */
class SdkTokenOutcomesViewModelTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ClipboardGuard clipboard = SdkTokensTestKit.clipboard(new FakeSystemClipboard(), tasks);

    private SdkTokensViewModel viewModel(FakeEdfaPayApi api) {
        Session session = SdkTokensTestKit.session(api);
        return new SdkTokensViewModel(session, null, tasks, messages, dialogs, clipboard, () -> { }, 8);
    }

    private void settle() {
        SdkTokensTestKit.settle(tasks);
    }

    /** Full pages of made-up users for any page asked, "last": false, and a total of {@code claimed}. */
    private static final class ClaimsUsers extends FakeEdfaPayApi {
        final AtomicInteger pages = new AtomicInteger();
        private final long claimed;

        ClaimsUsers(long claimed) {
            super(FakeEdfaPayApi.merchant().identity);
            this.claimed = claimed;
        }

        @Override
        public Page<UserSummary> searchUsers(UserQuery query) {
            pages.incrementAndGet();
            List<UserSummary> content = new ArrayList<>();
            int size = query.page().pageSize();
            for (int i = 0; i < size; i++) {
                String id = "u-" + ((long) query.page().pageNumber() * size + i);
                content.add(new UserSummary(id, id, null, null, null, null, UserType.USER, "m-1", "M", true));
            }
            return new Page<>(content, claimed, (int) Math.min(Integer.MAX_VALUE, claimed / size + 1),
                    query.page().pageNumber(), size, false);
        }

        @Override
        public SdkToken getSdkToken(String userId) {
            return new SdkToken(userId, null, "m-1", UserType.USER, null, null, null, false);
        }
    }

    @Test
    void defect2_aServerClaimingTwoBillionUsersGetsATableOfTheCapAndABannerThatSaysSo() {
        ClaimsUsers api = new ClaimsUsers(2_000_000_000L);
        SdkTokensViewModel vm = viewModel(api);
        vm.start();
        settle();

        assertThat(vm.rows()).hasSize(SdkTokensViewModel.MAX_USERS);
        assertThat(vm.totalUsers()).isEqualTo(SdkTokensViewModel.MAX_USERS);
        assertThat(vm.bannerProperty().get()).isEqualTo(SdkTokensViewModel.Banner.TRUNCATED);
        assertThat(vm.bannerTextProperty().get()).isEqualTo("Showing the first 1,000,000 users: the server keeps "
                + "saying there are more (it claims 2,000,000,000), so loading stopped here. Search or pick a "
                + "merchant to narrow the list.");
        assertThat(vm.bannerActionAvailableProperty().get()).as("nothing to retry").isFalse();
        assertThat(api.pages.get()).as("only the pages on screen are asked for, never the rest").isLessThanOrEqualTo(2);

        vm.rowsOnScreen(SdkTokensViewModel.MAX_USERS - 30, SdkTokensViewModel.MAX_USERS - 1);
        settle();
        assertThat(vm.rows().get(SdkTokensViewModel.MAX_USERS - 1).isPlaceholder()).isFalse();
        assertThat(vm.rows()).as("scrolling to the end does not grow the table").hasSize(SdkTokensViewModel.MAX_USERS);
    }

    @Test
    void defect2_aServerWithinTheCapShowsEveryUserItClaimsAndNoBanner() {
        ClaimsUsers api = new ClaimsUsers(1234);
        SdkTokensViewModel vm = viewModel(api);
        vm.start();
        settle();

        assertThat(vm.rows()).hasSize(1234);
        assertThat(vm.bannerProperty().get()).isEqualTo(SdkTokensViewModel.Banner.NONE);
        assertThat(vm.bannerActionAvailableProperty().get()).isTrue();
    }

    private SdkTokensViewModel withOneEnabledToken(FakeEdfaPayApi api) {
        api.users.add(new UserSummary("u-1", "pos1", null, "Pos", "One", null, UserType.TERMINAL, "m-1", "M", true));
        api.sdkTokens.put("u-1", new SdkToken("u-1", "A".repeat(64), "m-1", UserType.TERMINAL, null, null, null,
                true));
        SdkTokensViewModel vm = viewModel(api);
        vm.start();
        settle();
        vm.selectedProperty().set(vm.rows().get(0));
        return vm;
    }

    @Test
    void defect7_anUnknownSwitchOutcomeIsShownAsUnknownNotAsAGenericError() {
        FakeEdfaPayApi api = FakeEdfaPayApi.merchant();
        SdkTokensViewModel vm = withOneEnabledToken(api);
        EdfaPayException lost = Failures.fail(Reason.SERVER_ERROR, Operation.SWITCH_SDK_TOKEN, 502, null, null);
        api.failNext.put("setSdkTokenActive:u-1",
                () -> lost.afterSwitch(EdfaPayException.SwitchOutcome.UNKNOWN, null));

        vm.toggleSelected();
        settle();

        assertThat(dialogs.errors).singleElement().asString()
                .contains("its outcome is unknown").contains("HTTP 502").contains("Refresh");
        assertThat(vm.rows().get(0).problemProperty().get()).contains("outcome is unknown");
    }

    @Test
    void defect7_aSwitchThatWasNotAppliedSaysSoAndTheStateTheTokenIsIn() {
        FakeEdfaPayApi api = FakeEdfaPayApi.merchant();
        SdkTokensViewModel vm = withOneEnabledToken(api);
        EdfaPayException lost = Failures.fail(Reason.TIMEOUT, Operation.SWITCH_SDK_TOKEN);
        api.failNext.put("setSdkTokenActive:u-1",
                () -> lost.afterSwitch(EdfaPayException.SwitchOutcome.NOT_APPLIED, true));

        vm.toggleSelected();
        settle();

        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("The change was not applied: the token is still enabled.")
                .contains("did not answer in time");
    }
}

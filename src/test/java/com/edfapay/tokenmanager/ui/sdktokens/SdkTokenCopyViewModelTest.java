package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.EdfaPayException.Operation;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import com.edfapay.tokenmanager.api.SdkToken;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Copy reads the token when it needs it: what that read does to the row and the user when it works, when the token
 * changed meanwhile, and when it fails; and a status list from "Check every token" paged past its first page.
 */
class SdkTokenCopyViewModelTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final FakeSystemClipboard systemClipboard = new FakeSystemClipboard();
    private final ClipboardGuard clipboard = SdkTokensTestKit.clipboard(systemClipboard, tasks);
    private FakeEdfaPayApi api;

    @BeforeEach
    void setUp() {
        api = FakeEdfaPayApi.merchant();
    }

    private SdkTokensViewModel started(int count) {
        for (int i = 0; i < count; i++) {
            String id = "u-" + i;
            api.users.add(new UserSummary(id, String.format("user%04d", (i * 7) % count), null, "First" + i, "Last",
                    null, UserType.USER, "m-1", "Merchant m-1", true));
            if (i % 3 != 0) {
                api.sdkTokens.put(id, token(id, String.format("%060X%04d", 4L, i), i % 4 != 0));
            }
        }
        Session session = SdkTokensTestKit.session(api);
        SdkTokensViewModel vm = new SdkTokensViewModel(session, null, tasks, messages, dialogs, clipboard, () -> { },
                8);
        vm.start();
        settle();
        return vm;
    }

    private static SdkToken token(String userId, String value, boolean active) {
        return new SdkToken(userId, value, "m-1", UserType.USER, "t", "TRSM", "DEV", active);
    }

    private void settle() {
        SdkTokensTestKit.settle(tasks);
    }

    private static SdkTokenRow row(SdkTokensViewModel vm, String userId) {
        return SdkTokensTestKit.row(vm, userId);
    }

    @Test
    void copyOfATokenReplacedElsewhereCopiesTheNewOneAndTheRowShowsIt() {
        SdkTokensViewModel vm = started(6);
        SdkTokenRow row = row(vm, "u-2");
        String replaced = "C".repeat(60) + "D00D";
        api.sdkTokens.put("u-2", token("u-2", replaced, true));
        vm.selectedProperty().set(row);
        tasks.hold();

        vm.copySelected();
        assertThat(row.busyProperty().get()).as("busy while its token is read").isTrue();
        assertThat(vm.detail().copyDisabledProperty().get()).isTrue();
        tasks.release();

        assertThat(systemClipboard.text).isEqualTo(replaced);
        assertThat(row.last4()).isEqualTo("D00D");
        assertThat(row.busyProperty().get()).isFalse();

        vm.copySelected();
        assertThat(api.log.stream().filter("getSdkToken:u-2"::equals)).as("the held token is used again").hasSize(2);
    }

    @Test
    void aCopyWhoseReadFailsSaysWhyAndMarksTheRowStaleWithoutTouchingTheClipboard() {
        SdkTokensViewModel vm = started(6);
        SdkTokenRow row = row(vm, "u-2");
        vm.selectedProperty().set(row);
        api.failNext.put("getSdkToken:u-2", () -> Failures.fail(Reason.SERVER_ERROR, Operation.READ_SDK_TOKEN, 502,
                null, null));

        vm.copySelected();

        assertThat(systemClipboard.text).isNull();
        assertThat(vm.heldTokenProperty().get()).isNull();
        assertThat(dialogs.errors).singleElement().asString().contains("502");
        assertThat(row.statusProperty().get()).isEqualTo(TokenStatus.STALE);
        assertThat(row.problemProperty().get()).contains("502");
        assertThat(row.busyProperty().get()).isFalse();
        assertThat(vm.bannerProperty().get()).isEqualTo(SdkTokensViewModel.Banner.NONE);
    }

    @Test
    void aRevealRefusedForARevokedKeyOffersToSignOut() {
        SdkTokensViewModel vm = started(6);
        vm.selectedProperty().set(row(vm, "u-4"));
        api.failNext.put("getSdkToken:u-4", FakeEdfaPayApi::unauthorized);

        vm.revealSelected();

        assertThat(vm.bannerProperty().get()).isEqualTo(SdkTokensViewModel.Banner.KEY_REJECTED);
        assertThat(dialogs.errors).singleElement().asString().contains("rejected the API key");
        assertThat(vm.heldTokenProperty().get()).isNull();
    }

    @Test
    void refreshingTheSelectedRowWhileItsTokenIsHeldHoldsTheFreshOne() {
        SdkTokensViewModel vm = started(6);
        vm.selectedProperty().set(row(vm, "u-1"));
        vm.revealSelected();
        String replaced = "E".repeat(60) + "BEEF";
        api.sdkTokens.put("u-1", token("u-1", replaced, true));

        vm.refreshSelected();

        assertThat(vm.heldTokenProperty().get()).as("what the reveal shows is the token the server has now")
                .isEqualTo(replaced);
        assertThat(row(vm, "u-1").last4()).isEqualTo("BEEF");
    }

    @Test
    void aStatusListLongerThanAPageShowsTheRightUsersFurtherDown() {
        SdkTokensViewModel vm = started(1200);
        vm.checkEveryToken();
        settle();
        List<String> expected = api.users.stream().filter(u -> {
            SdkToken t = api.sdkTokens.get(u.id());
            return t != null && !t.active();
        }).sorted(Comparator.comparing(UserSummary::username)).map(UserSummary::id).toList();
        assertThat(expected).hasSizeGreaterThan(150);

        vm.statusFilterProperty().set(TokenStatus.DISABLED);
        settle();
        vm.rowsOnScreen(130, 160);
        settle();

        assertThat(vm.rows()).hasSize(expected.size());
        for (int i = 100; i < 170; i++) {
            assertThat(vm.rows().get(i).userId()).as("row " + i).isEqualTo(expected.get(i));
            assertThat(vm.rows().get(i).statusProperty().get()).isEqualTo(TokenStatus.DISABLED);
        }
    }
}

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
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The detail pane of the SDK Tokens tab: what it shows of the selected user and token, and which buttons the row's
 * state allows, following the row while an action runs on it.
 */
class SdkTokenDetailViewModelTest {

    private static final String DASH = "\u2014";

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ClipboardGuard clipboard = SdkTokensTestKit.clipboard(new FakeSystemClipboard(), tasks);
    private FakeEdfaPayApi api;
    private SdkTokensViewModel vm;
    private SdkTokenDetailViewModel detail;

    @BeforeEach
    void setUp() {
        api = FakeEdfaPayApi.merchant();
        // u-0: active, all device fields; u-1: disabled, no device fields; u-2: no token, no username
        api.users.add(new UserSummary("u-0", "cashier.one", null, "Noura", "Saleh", null, UserType.TERMINAL, "m-1",
                "Riyadh Coffee Roasters", true));
        api.users.add(new UserSummary("u-1", "cashier.two", null, "Faisal", "Omar", null, UserType.USER, "m-1",
                "Riyadh Coffee Roasters", true));
        api.users.add(new UserSummary("u-2", null, null, "Huda", "Ali", null, UserType.SDK_USER, "m-1",
                "Riyadh Coffee Roasters", true));
        api.sdkTokens.put("u-0", new SdkToken("u-0", "A".repeat(60) + "9F3C", "m-1", UserType.TERMINAL, "TERM-7",
                "TRSM-7", "DEV-7", true));
        api.sdkTokens.put("u-1", new SdkToken("u-1", "B".repeat(60) + "77AB", "m-1", UserType.USER, null, null, null,
                false));
        Session session = SdkTokensTestKit.session(api);
        vm = new SdkTokensViewModel(session, null, tasks, messages, dialogs, clipboard, () -> { }, 8);
        detail = vm.detail();
        vm.start();
        settle();
    }

    private void settle() {
        SdkTokensTestKit.settle(tasks);
    }

    private SdkTokenRow row(String userId) {
        return vm.rows().stream().filter(r -> !r.isPlaceholder() && r.userId().equals(userId)).findFirst()
                .orElseThrow();
    }

    @Test
    void nothingSelectedShowsNothingAndOffersNoAction() {
        assertThat(detail.shownProperty().get()).isFalse();
        assertThat(detail.statusProperty().get()).isNull();
        assertThat(detail.copyDisabledProperty().get()).isTrue();
        assertThat(detail.qrDisabledProperty().get()).isTrue();
        assertThat(detail.generateDisabledProperty().get()).isTrue();
        assertThat(detail.toggleDisabledProperty().get()).isTrue();
        assertThat(detail.refreshDisabledProperty().get()).isTrue();
        assertThat(detail.hasTokenProperty().get()).isFalse();
        assertThat(detail.noTokenShownProperty().get()).isFalse();
    }

    @Test
    void anActiveTokenShowsItsUserAndDeviceAndOffersEveryAction() {
        vm.selectedProperty().set(row("u-0"));

        assertThat(detail.shownProperty().get()).isTrue();
        assertThat(detail.nameProperty().get()).isEqualTo("Noura Saleh");
        assertThat(detail.usernameProperty().get()).isEqualTo("cashier.one");
        assertThat(detail.typeProperty().get()).isEqualTo("Terminal");
        assertThat(detail.unitProperty().get()).isEqualTo("Riyadh Coffee Roasters");
        assertThat(detail.trsmProperty().get()).isEqualTo("TRSM-7");
        assertThat(detail.terminalProperty().get()).isEqualTo("TERM-7");
        assertThat(detail.deviceProperty().get()).isEqualTo("DEV-7");
        assertThat(detail.statusProperty().get()).isEqualTo(TokenStatus.ACTIVE);
        assertThat(detail.statusTextProperty().get()).isEqualTo("Active");
        assertThat(detail.maskedTokenProperty().get()).endsWith("9F3C").doesNotContain("AAAA");
        assertThat(detail.hasTokenProperty().get()).isTrue();
        assertThat(detail.noTokenShownProperty().get()).isFalse();
        assertThat(detail.copyDisabledProperty().get()).isFalse();
        assertThat(detail.qrDisabledProperty().get()).isFalse();
        assertThat(detail.generateDisabledProperty().get()).isFalse();
        assertThat(detail.toggleDisabledProperty().get()).isFalse();
        assertThat(detail.refreshDisabledProperty().get()).isFalse();
        assertThat(detail.toggleTextProperty().get()).isEqualTo("_Disable\u2026");
        assertThat(detail.toggleIconProperty().get()).isEqualTo("mdal-block");
        assertThat(detail.qrButtonTextProperty().get()).isEqualTo("Show _QR code");
    }

    @Test
    void missingFieldsReadAsADashAndADisabledTokenOffersEnable() {
        vm.selectedProperty().set(row("u-1"));

        assertThat(detail.trsmProperty().get()).isEqualTo(DASH);
        assertThat(detail.terminalProperty().get()).isEqualTo(DASH);
        assertThat(detail.deviceProperty().get()).isEqualTo(DASH);
        assertThat(detail.toggleTextProperty().get()).isEqualTo("_Enable\u2026");
        assertThat(detail.toggleIconProperty().get()).isEqualTo("mdal-check_circle");
        assertThat(detail.toggleDisabledProperty().get()).isFalse();

        vm.selectedProperty().set(row("u-2"));
        assertThat(detail.usernameProperty().get()).as("a user without a username").isEqualTo(DASH);
        assertThat(detail.typeProperty().get()).isEqualTo("SDK user");
        assertThat(detail.noTokenShownProperty().get()).isTrue();
        assertThat(detail.qrDisabledProperty().get()).isTrue();
        assertThat(detail.generateDisabledProperty().get()).as("a user without a token can get one").isFalse();
    }

    @Test
    void whileAnActionRunsOnTheRowItsButtonsWaitAndTheAnswerFreesThem() {
        SdkTokenRow row = row("u-0");
        vm.selectedProperty().set(row);
        tasks.hold();

        vm.toggleSelected();

        assertThat(row.busyProperty().get()).isTrue();
        assertThat(detail.copyDisabledProperty().get()).isTrue();
        assertThat(detail.generateDisabledProperty().get()).isTrue();
        assertThat(detail.toggleDisabledProperty().get()).isTrue();
        assertThat(detail.refreshDisabledProperty().get()).isTrue();
        assertThat(detail.qrDisabledProperty().get()).as("the QR code needs only a token").isFalse();

        tasks.release();

        assertThat(detail.statusProperty().get()).as("follows the row's new state").isEqualTo(TokenStatus.DISABLED);
        assertThat(detail.statusTextProperty().get()).isEqualTo("Disabled");
        assertThat(detail.toggleTextProperty().get()).isEqualTo("_Enable\u2026");
        assertThat(detail.copyDisabledProperty().get()).isFalse();
        assertThat(detail.refreshDisabledProperty().get()).isFalse();
    }

    @Test
    void aRowWhoseStateIsUnknownOffersNeitherGenerateNorTheSwitch() {
        api.failNext.put("getSdkToken:u-0", () -> com.edfapay.tokenmanager.ui.Failures.fail(
                com.edfapay.tokenmanager.api.EdfaPayException.Reason.SERVER_ERROR,
                com.edfapay.tokenmanager.api.EdfaPayException.Operation.READ_SDK_TOKEN, 503, null, null));
        vm.refresh();
        settle();
        vm.selectedProperty().set(row("u-0"));

        assertThat(detail.statusProperty().get()).isEqualTo(TokenStatus.ERROR);
        assertThat(detail.problemProperty().get()).isNotEmpty();
        assertThat(detail.toggleDisabledProperty().get()).isTrue();
        assertThat(detail.refreshDisabledProperty().get()).as("a re-read is what helps").isFalse();

        vm.refreshSelected();
        assertThat(detail.statusProperty().get()).isEqualTo(TokenStatus.ACTIVE);
        assertThat(detail.problemProperty().get()).isEmpty();
        assertThat(detail.toggleDisabledProperty().get()).isFalse();
    }

    @Test
    void theQrButtonSaysWhetherItShowsOrHidesAndALockHidesTheCodeAndDropsTheToken() {
        vm.selectedProperty().set(row("u-0"));

        vm.toggleQr();
        assertThat(vm.qrShownProperty().get()).isTrue();
        assertThat(detail.qrButtonTextProperty().get()).isEqualTo("Hide _QR code");
        assertThat(vm.heldTokenProperty().get()).isEqualTo(api.sdkTokens.get("u-0").token());

        vm.toggleQr();
        assertThat(vm.qrShownProperty().get()).isFalse();
        assertThat(detail.qrButtonTextProperty().get()).isEqualTo("Show _QR code");

        vm.toggleQr();
        vm.concealSecrets();
        assertThat(vm.qrShownProperty().get()).isFalse();
        assertThat(vm.heldTokenProperty().get()).as("the idle lock lets go of the token").isNull();

        vm.selectedProperty().set(row("u-2"));
        vm.toggleQr();
        assertThat(vm.qrShownProperty().get()).as("no token, no QR code").isFalse();
    }
}

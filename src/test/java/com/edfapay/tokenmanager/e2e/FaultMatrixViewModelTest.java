package com.edfapay.tokenmanager.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.desktop.FakeSystemClipboard;
import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import com.edfapay.tokenmanager.sandbox.SandboxOptions;
import com.edfapay.tokenmanager.ui.RecordingDialogs;
import com.edfapay.tokenmanager.ui.apitokens.ApiTokensViewModel;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.common.StatusKind;
import com.edfapay.tokenmanager.ui.sdktokens.SdkTokenRow;
import com.edfapay.tokenmanager.ui.sdktokens.SdkTokensViewModel;
import com.edfapay.tokenmanager.ui.sdktokens.TokenStatus;
import com.edfapay.tokenmanager.ui.session.Session;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: the fault matrix through the view-models against the sandbox's own fault injection (latency, 503s,
 * 429 with Retry-After, connections dropped after the change was applied). After every operation the screen's
 * state is checked against the server's, read afterwards without faults: it is true, or marked as not known
 * with a message; nothing is lost or applied twice; a transient failure offers Retry.
 */
class FaultMatrixViewModelTest {

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private EdfaPaySandbox sandbox;
    private EdfaPayClient merchant;
    private EdfaPayClient truth;
    private com.edfapay.tokenmanager.api.Identity identity;

    @BeforeEach
    void start() {
        sandbox = E2e.start(SandboxOptions.inMemory().withRandomSeed(10));
        merchant = E2e.client(sandbox, "merchant");
        truth = E2e.client(sandbox, "merchant");
        identity = merchant.whoAmI();
    }

    @AfterEach
    void stop() {
        merchant.close();
        truth.close();
        sandbox.close();
    }

    private Session session() {
        return new Session("merchant", Environment.LOCAL_SANDBOX, sandbox.baseUrl(), merchant, identity,
                Session.KeyFingerprint.of(E2e.persona(sandbox, "merchant").apiKey()));
    }

    private SdkTokensViewModel sdkTab() {
        ClipboardGuard clipboard = new ClipboardGuard(new FakeSystemClipboard(), (d, a) -> () -> { },
                () -> Duration.ofSeconds(30));
        SdkTokensViewModel vm = new SdkTokensViewModel(session(), null, tasks, messages, dialogs, clipboard,
                () -> { }, 4);
        vm.start();
        settle();
        return vm;
    }

    /** Lets every batched row update reach the "table" (the fake clock moves on until nothing is scheduled). */
    private void settle() {
        for (int i = 0; i < 50 && tasks.scheduledCount() > 0; i++) {
            tasks.elapse(Duration.ofSeconds(1)); // longer than any batch interval of the tab
        }
    }

    private static List<SdkTokenRow> loaded(SdkTokensViewModel vm) {
        return vm.rows().stream().filter(r -> !r.isPlaceholder()).toList();
    }

    private void faults(Duration latency, double fail, double throttle, double drop) {
        sandbox.reconfigureFaults(latency, fail, throttle, drop);
    }


    @Test
    void sdkTogglesUnderFailuresThrottlingAndDropsEndInTheServersTrueState() {
        SdkTokensViewModel vm = sdkTab();
        List<SdkTokenRow> targets = loaded(vm).stream()
                .filter(r -> r.statusProperty().get() == TokenStatus.ACTIVE).limit(12).toList();
        assertThat(targets).hasSizeGreaterThanOrEqualTo(6);

        faults(Duration.ZERO, 0.2, 0.1, 0.25);
        for (SdkTokenRow row : targets) {
            vm.selectedProperty().set(row);
            vm.toggleSelected();
            settle();
            assertThat(row.busyProperty().get()).isFalse();
        }
        faults(Duration.ZERO, 0, 0, 0);

        int stale = 0;
        for (SdkTokenRow row : targets) {
            SdkToken server = truth.getSdkToken(row.userId());
            TokenStatus shown = row.statusProperty().get();
            if (shown == TokenStatus.STALE) {
                stale++;
                assertThat(row.problemProperty().get()).as(row.userId()).isNotBlank();
            } else {
                // what the screen says as fact is what the server has
                assertThat(shown).as(row.userId())
                        .isEqualTo(server.active() ? TokenStatus.ACTIVE : TokenStatus.DISABLED);
            }
        }
        // every failure was told, once per failed row, and none of them as a raw exception
        assertThat(dialogs.errors).hasSize(stale).allSatisfy(m -> assertThat(m).doesNotContain("Exception"));
        // a refresh after the faults brings every stale row back to the truth
        for (SdkTokenRow row : targets) {
            vm.selectedProperty().set(row);
            vm.refreshSelected();
            settle();
            assertThat(row.statusProperty().get()).isEqualTo(
                    truth.getSdkToken(row.userId()).active() ? TokenStatus.ACTIVE : TokenStatus.DISABLED);
        }
    }

    @Test
    void twoSecondsOfLatencyStillEndsInTheRightState() {
        SdkTokensViewModel vm = sdkTab();
        SdkTokenRow row = loaded(vm).stream().filter(r -> r.statusProperty().get() == TokenStatus.ACTIVE)
                .findFirst().orElseThrow();
        faults(Duration.ofSeconds(2), 0, 0, 0);
        vm.selectedProperty().set(row);
        vm.toggleSelected();
        settle();
        faults(Duration.ZERO, 0, 0, 0);
        assertThat(row.statusProperty().get()).isEqualTo(TokenStatus.DISABLED);
        assertThat(truth.getSdkToken(row.userId()).active()).isFalse();
    }

    @Test
    void aLoadThatFailsOffersRetryAndTheRetryLoadsEverything() {
        faults(Duration.ZERO, 1.0, 0, 0);
        SdkTokensViewModel vm = sdkTab();
        assertThat(vm.bannerProperty().get()).isEqualTo(SdkTokensViewModel.Banner.LOAD_FAILED);
        assertThat(vm.bannerTextProperty().get()).contains("HTTP 503").contains("Try again");

        faults(Duration.ZERO, 0, 0, 0);
        vm.retry();
        settle();
        assertThat(vm.bannerProperty().get()).isEqualTo(SdkTokensViewModel.Banner.NONE);
        assertThat(loaded(vm)).isNotEmpty().allSatisfy(row ->
                assertThat(row.statusProperty().get()).isNotEqualTo(TokenStatus.LOADING));
    }

    @Test
    void throttlingWithRetryAfterIsWaitedOutOnceThenSaidWithHowLong() {
        faults(Duration.ZERO, 0, 1.0, 0);
        SdkTokensViewModel vm = sdkTab();
        assertThat(vm.bannerTextProperty().get())
                .isEqualTo("The server is receiving too many requests and asked us to wait 1 second before trying "
                        + "again (HTTP 429).");
    }


    // ---- API tokens: a generate whose connection drops after the server created the token

    private ApiTokensViewModel apiTab() {
        ClipboardGuard clipboard = new ClipboardGuard(new FakeSystemClipboard(), (d, a) -> () -> { },
                () -> Duration.ofSeconds(30));
        ScriptedForm form = new ScriptedForm();
        form.textAnswers.add(java.util.Optional.of("fault test"));
        ApiTokensViewModel vm = new ApiTokensViewModel(session(), null, tasks, messages, form,
                clipboard, Clock.systemUTC(), () -> { });
        vm.start();
        return vm;
    }

    /** Fills the generate form with a fixed name and says yes. */
    private static final class ScriptedForm extends RecordingDialogs {
        @Override
        public boolean askForm(Object form) {
            ((com.edfapay.tokenmanager.ui.apitokens.GenerateTokenViewModel) form).nameProperty().set("Fault test");
            return true;
        }
    }

    private long tokensNamed(String name) {
        return truth.listApiTokens(null).stream().map(ApiToken::name).filter(name::equals).count();
    }

    @Test
    void aGenerateDroppedAfterItWasAppliedIsFoundOnceAndSaidSo() {
        ApiTokensViewModel vm = apiTab();
        tasks.hold();
        faults(Duration.ZERO, 0, 0, 1.0);
        vm.generate();
        assertThat(tasks.runNext()).isTrue(); // the POST: applied by the server, its answer dropped
        faults(Duration.ZERO, 0, 0, 0);
        tasks.release(); // the reconciling list

        assertThat(tokensNamed("Fault test")).as("created once, never twice").isEqualTo(1);
        assertThat(vm.selectedProperty().get().token().name()).isEqualTo("Fault test");
        assertThat(vm.statusProperty().get()).contains("\u201cFault test\u201d was created").contains("disable it");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aGenerateRefusedWith503IsNotCreatedAndSaidSo() {
        ApiTokensViewModel vm = apiTab();
        tasks.hold();
        faults(Duration.ZERO, 1.0, 0, 0);
        vm.generate();
        assertThat(tasks.runNext()).isTrue();
        faults(Duration.ZERO, 0, 0, 0);
        tasks.release();

        assertThat(tokensNamed("Fault test")).isZero();
        assertThat(vm.statusProperty().get()).contains("was not created").contains("HTTP 503");
        assertThat(vm.statusKindProperty().get()).isEqualTo(StatusKind.ERROR);
    }

    @Test
    void aDisableWhoseAnswerIsDroppedIsRetriedSafelyBecauseItIsIdempotent() {
        E2e.remember(truth.generateApiToken(new com.edfapay.tokenmanager.api.NewApiToken(identity.businessUnitId(),
                "To disable", null, null)).secret().reveal());
        ApiTokensViewModel vm = apiTab();
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.token().active()
                && !r.token().name().isEmpty()).filter(r -> !r.isOwnKey()).findFirst().orElseThrow());
        String id = vm.selectedProperty().get().id();
        faults(Duration.ZERO, 0, 0, 1.0);
        vm.disableSelected();
        faults(Duration.ZERO, 0, 0, 0);
        assertThat(vm.retryAvailableProperty().get()).isTrue();
        vm.retry();
        assertThat(truth.listApiTokens(null).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow()
                .active()).isFalse();
        assertThat(vm.statusKindProperty().get()).isNotEqualTo(StatusKind.ERROR);
    }

}

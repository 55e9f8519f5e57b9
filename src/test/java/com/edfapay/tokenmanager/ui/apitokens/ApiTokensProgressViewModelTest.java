package com.edfapay.tokenmanager.ui.apitokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.EdfaPayException.Operation;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.desktop.FakeSystemClipboard;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.ActivityEntry;
import com.edfapay.tokenmanager.desktop.activity.ActivityOutcome;
import com.edfapay.tokenmanager.desktop.activity.MemoryActivityLog;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.Failures;
import com.edfapay.tokenmanager.ui.RecordingDialogs;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.common.StatusKind;
import com.edfapay.tokenmanager.ui.scope.MerchantScopeViewModel;
import com.edfapay.tokenmanager.ui.session.Session;
import com.edfapay.tokenmanager.ui.session.SessionActivity;
import com.edfapay.tokenmanager.ui.session.SessionEnd;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API Tokens tab while its calls run and after they end: the status line and busy lock, the detail pane's long
 * texts, the filters following a row's change, the selection across a reload, and which failures offer what.
 */
class ApiTokensProgressViewModelTest {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final String OWN_KEY = "edfa_OwnKeyAbcdefghijklmnopqrstuvwxyz0123XYZ9";

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ClipboardGuard clipboard = new ClipboardGuard(new FakeSystemClipboard(), (delay, action) -> () -> { },
            () -> Duration.ofSeconds(30));
    private final AtomicInteger signOuts = new AtomicInteger();
    private final MemoryActivityLog activityLog = new MemoryActivityLog();
    private FakeEdfaPayApi api;

    @BeforeEach
    void setUp() {
        api = FakeEdfaPayApi.merchant();
        api.serverNow = NOW;
    }

    private ApiTokensViewModel viewModel(MerchantScopeViewModel scope) {
        SessionActivity activity = new SessionActivity(activityLog, Clock.systemUTC(), "Riyadh stores",
                "LOCAL_SANDBOX", "MERCHANT");
        Session session = new Session("Riyadh stores", Environment.LOCAL_SANDBOX, "https://api.example.test", api,
                api.identity, Session.KeyFingerprint.of(OWN_KEY)).wiredTo(activity, SessionEnd.NONE);
        ApiTokensViewModel vm = new ApiTokensViewModel(session, scope, tasks, messages, dialogs, clipboard, clock,
                signOuts::incrementAndGet);
        vm.start();
        return vm;
    }

    private ApiTokensViewModel merchantViewModel() {
        return viewModel(null);
    }

    private static Instant daysAgo(long days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private static Instant inDays(long days) {
        return NOW.plus(Duration.ofDays(days));
    }

    private static ApiTokenRow row(ApiTokensViewModel vm, String name) {
        return vm.rows().stream().filter(r -> r.nameProperty().get().equals(name)).findFirst().orElseThrow();
    }

    private static Predicate<Object> typeName(String name) {
        return form -> {
            GenerateTokenViewModel generate = (GenerateTokenViewModel) form;
            generate.nameProperty().set(name);
            return generate.validProperty().get();
        };
    }

    private long calls(String operation) {
        return api.log.stream().filter(operation::equals).count();
    }

    @Test
    void theDetailPaneSaysWhenATokenWasMadeLastUsedAndExpires() {
        api.addApiToken("t-1", "Checkout", "m-1", Instant.parse("2026-08-01T08:30:00Z"),
                Instant.parse("2026-11-29T09:00:00Z"), inDays(10), true);
        api.addApiToken("t-2", "Reports", "m-1", daysAgo(400), null, daysAgo(3), true);
        api.addApiToken("t-3", "Old", "m-1", daysAgo(50), daysAgo(40), null, false);

        ApiTokensViewModel vm = merchantViewModel();

        ApiTokenRow checkout = row(vm, "Checkout");
        assertThat(checkout.createdLongProperty().get()).isEqualTo("2026-08-01 08:30 \u00b7 someone");
        assertThat(checkout.lastUsedLongProperty().get()).isEqualTo("2026-11-29 (yesterday)");
        assertThat(checkout.expiresLongProperty().get()).isEqualTo("2026-12-10 (in 10 days)");
        assertThat(checkout.expiresProperty().get()).isEqualTo("2026-12-10");
        assertThat(checkout.statusTextProperty().get()).isEqualTo("Active");

        ApiTokenRow reports = row(vm, "Reports");
        assertThat(reports.statusProperty().get()).isEqualTo(ApiTokenRow.Status.EXPIRED);
        assertThat(reports.statusTextProperty().get()).isEqualTo("Expired");
        assertThat(reports.expiresProperty().get()).isEqualTo("Expired");
        assertThat(reports.expiresLongProperty().get()).isEqualTo("Expired 2026-11-27");
        assertThat(reports.lastUsedLongProperty().get()).isEqualTo("Never");
        assertThat(reports.hasFlag(ApiTokenFlags.Flag.EXPIRED)).isTrue();
        assertThat(reports.hasFlag(ApiTokenFlags.Flag.ROTATE)).as("an expired token needs no rotation").isFalse();

        ApiTokenRow old = row(vm, "Old");
        assertThat(old.statusTextProperty().get()).isEqualTo("Disabled");
        assertThat(old.disabledReasonProperty().get()).isEqualTo("old");
        assertThat(old.expiresLongProperty().get()).isEqualTo("Never");
        assertThat(old.lastUsedLongProperty().get()).isEqualTo("2026-10-21 (40 days ago)");
        assertThat(old.needsAttention()).as("disabled tokens need nothing").isFalse();

        assertThat(vm.statusProperty().get()).isEqualTo("Updated 2026-11-30 10:00");
        assertThat(vm.statusKindProperty().get()).isEqualTo(StatusKind.NONE);
    }

    @Test
    void whileADisableRunsTheTabSaysSoAndLocksItsActionsAndTheAnswerUnlocksThem() {
        api.addApiToken("t-1", "Checkout", "m-1", daysAgo(3), null, null, true);
        ApiTokensViewModel vm = merchantViewModel();
        vm.selectedProperty().set(row(vm, "Checkout"));
        dialogs.textAnswers.add(Optional.of("  rotated out "));
        tasks.hold();

        vm.disableSelected();

        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.statusKindProperty().get()).isEqualTo(StatusKind.PROGRESS);
        assertThat(vm.statusProperty().get()).isEqualTo("Disabling \u201cCheckout\u201d\u2026");
        assertThat(vm.canDisableProperty().get()).isFalse();
        assertThat(vm.canRotateProperty().get()).isFalse();
        assertThat(vm.canGenerateProperty().get()).isFalse();

        tasks.release();

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.statusKindProperty().get()).isEqualTo(StatusKind.SUCCESS);
        assertThat(vm.statusProperty().get()).isEqualTo("Token \u201cCheckout\u201d disabled.");
        assertThat(api.apiTokens.get("t-1").disabledReason()).as("the reason, trimmed").isEqualTo("rotated out");
        assertThat(vm.canEnableProperty().get()).isTrue();
        assertThat(vm.canDisableProperty().get()).isFalse();
        assertThat(signOuts.get()).as("another key than the connection's: the session goes on").isZero();
    }

    @Test
    void enablingSaysEnablingThenEnabledAndNeverSignsOut() {
        api.addOwnKey("t-own", OWN_KEY, "m-1", daysAgo(3));
        api.apiTokens.put("t-own", new com.edfapay.tokenmanager.api.ApiToken("t-own", "Backend key",
                OWN_KEY.substring(0, 9), OWN_KEY.substring(OWN_KEY.length() - 4), false, daysAgo(3), "someone", null,
                null, "m-1", "paused", null));
        ApiTokensViewModel vm = merchantViewModel();
        vm.selectedProperty().set(row(vm, "Backend key"));
        tasks.hold();

        vm.enableSelected();
        assertThat(vm.statusProperty().get()).isEqualTo("Enabling \u201cBackend key\u201d\u2026");
        tasks.release();

        assertThat(vm.statusProperty().get()).isEqualTo("Token \u201cBackend key\u201d enabled.");
        assertThat(signOuts.get()).as("enabling the own key keeps the session").isZero();
        assertThat(dialogs.notices).isEmpty();
    }

    @Test
    void aBlankReasonDisablesNothing() {
        api.addApiToken("t-1", "Checkout", "m-1", daysAgo(3), null, null, true);
        ApiTokensViewModel vm = merchantViewModel();
        vm.selectedProperty().set(row(vm, "Checkout"));
        dialogs.textAnswers.add(Optional.of("   "));

        vm.disableSelected();

        assertThat(api.log).noneMatch(c -> c.startsWith("setApiTokenActive"));
        assertThat(api.apiTokens.get("t-1").active()).isTrue();
    }

    @Test
    void aFailedDisableIsRecordedUnlocksTheTabAndOffersRetry() {
        api.addApiToken("t-1", "Checkout", "m-1", daysAgo(3), null, null, true);
        ApiTokensViewModel vm = merchantViewModel();
        vm.selectedProperty().set(row(vm, "Checkout"));
        dialogs.textAnswers.add(Optional.of("leaked"));
        api.failNext.put("setApiTokenActive:t-1", () -> Failures.fail(Reason.SERVER_ERROR, Operation.SWITCH_API_TOKEN,
                503, null, null));

        vm.disableSelected();

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.canDisableProperty().get()).isTrue();
        assertThat(vm.retryAvailableProperty().get()).isTrue();
        assertThat(activityLog.read()).extracting(ActivityEntry::action, ActivityEntry::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ActivityAction.DISABLE, ActivityOutcome.FAILED));
    }

    @Test
    void aSuccessfulReloadClearsTheLastProblemAndItsRetry() {
        api.addApiToken("t-1", "Checkout", "m-1", daysAgo(3), null, null, true);
        ApiTokensViewModel vm = merchantViewModel();
        api.failNext.put("listApiTokens", FakeEdfaPayApi::unauthorized);
        vm.refresh();
        assertThat(vm.keyRejectedProperty().get()).isTrue();
        assertThat(vm.loadingProperty().get()).as("a failed load is over too").isFalse();
        api.failNext.put("listApiTokens", () -> Failures.fail(Reason.TIMEOUT, Operation.LIST_API_TOKENS));
        vm.refresh();
        assertThat(vm.keyRejectedProperty().get()).isFalse();
        assertThat(vm.retryAvailableProperty().get()).isTrue();

        vm.refresh();

        assertThat(vm.retryAvailableProperty().get()).isFalse();
        assertThat(vm.keyRejectedProperty().get()).isFalse();
        assertThat(vm.loadErrorProperty().get()).isEmpty();
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.rows()).hasSize(1);
    }

    @Test
    void aServerThatStopsOfferingTheEndpointsEmptiesTheList() {
        api.addApiToken("t-1", "Checkout", "m-1", daysAgo(3), null, null, true);
        ApiTokensViewModel vm = merchantViewModel();
        assertThat(vm.rows()).hasSize(1);
        api.failNext.put("listApiTokens", () -> EdfaPayException.of(Reason.NOT_OFFERED, Operation.LIST_API_TOKENS));

        vm.refresh();

        assertThat(vm.notOfferedProperty().get()).isTrue();
        assertThat(vm.rows()).as("no list is shown beside the explanation").isEmpty();
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void theSelectionStaysOnTheSameTokenAcrossAReloadAndGoesWhenTheTokenDoes() {
        api.addApiToken("t-1", "Checkout", "m-1", daysAgo(3), null, null, true);
        api.addApiToken("t-2", "Reports", "m-1", daysAgo(2), null, null, true);
        ApiTokensViewModel vm = merchantViewModel();
        vm.selectedProperty().set(row(vm, "Checkout"));

        vm.refresh();
        assertThat(vm.selectedProperty().get()).isNotNull()
                .satisfies(selected -> assertThat(selected.id()).isEqualTo("t-1"));

        api.apiTokens.remove("t-1");
        vm.refresh();
        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void aFilterFollowsARowThatChangesInPlace() {
        api.addApiToken("t-1", "Checkout", "m-1", daysAgo(3), null, null, true);
        api.addApiToken("t-2", "Reports", "m-1", daysAgo(2), null, null, true);
        ApiTokensViewModel vm = merchantViewModel();
        vm.filterProperty().set(ApiTokensViewModel.Filter.ACTIVE);
        vm.selectedProperty().set(row(vm, "Checkout"));
        dialogs.textAnswers.add(Optional.of("leaked"));

        vm.disableSelected();

        assertThat(vm.visibleRows()).extracting(r -> r.nameProperty().get()).containsExactly("Reports");
        vm.filterProperty().set(ApiTokensViewModel.Filter.DISABLED);
        assertThat(vm.visibleRows()).extracting(r -> r.nameProperty().get()).containsExactly("Checkout");
        vm.searchProperty().set("  DISABLED ");
        assertThat(vm.visibleRows()).as("the search finds the status the table shows").hasSize(1);
        vm.filterProperty().set(ApiTokensViewModel.Filter.ALL);
        vm.searchProperty().set("riyadh coffee");
        assertThat(vm.visibleRows()).as("and the merchant").hasSize(2);
        vm.searchProperty().set("jeddah");
        assertThat(vm.visibleRows()).isEmpty();
    }

    @Test
    void aRotationShowsTheOldTokenUnderNeedsAttentionAtOnce() {
        api.addApiToken("t-1", "Checkout", "m-1", daysAgo(30), daysAgo(1), null, true);
        api.addApiToken("t-2", "Reports", "m-1", daysAgo(2), daysAgo(1), null, true);
        ApiTokensViewModel vm = merchantViewModel();
        vm.filterProperty().set(ApiTokensViewModel.Filter.ATTENTION);
        assertThat(vm.visibleRows()).isEmpty();
        vm.selectedProperty().set(row(vm, "Checkout"));
        dialogs.formAnswers.add(form -> ((GenerateTokenViewModel) form).validProperty().get());

        vm.rotateSelected();

        assertThat(vm.visibleRows()).extracting(r -> r.nameProperty().get()).containsExactly("Checkout");
        assertThat(vm.replacedText(row(vm, "Checkout"))).contains(vm.rows().get(0).nameProperty().get());
        assertThat(vm.summaryProperty().get()).isEqualTo(messages.get("api.summary.attention", 3, 1));
    }

    @Test
    void whileAGenerateRunsTheTabSaysWhatItGeneratesAndAFailureUnlocksIt() {
        ApiTokensViewModel vm = merchantViewModel();
        dialogs.formAnswers.add(typeName("Checkout"));
        api.failNext.put("generateApiToken", () -> Failures.fail(Reason.FORBIDDEN, Operation.GENERATE_API_TOKEN,
                403, "FORBIDDEN", "Not allowed"));
        tasks.hold();

        vm.generate();
        assertThat(vm.statusProperty().get()).isEqualTo("Generating \u201cCheckout\u201d\u2026");
        assertThat(vm.busyProperty().get()).isTrue();
        tasks.release();

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.canGenerateProperty().get()).isTrue();
        assertThat(vm.statusKindProperty().get()).isEqualTo(StatusKind.ERROR);
        assertThat(calls("listApiTokens")).as("a refusal is not an answer lost: the list is not re-read")
                .isEqualTo(1);
        assertThat(vm.retryAvailableProperty().get()).isFalse();
    }

    @Test
    void aNameTheServerKnowsComesBackWithTheFormAndTheStatusSaysWhy() {
        ApiTokensViewModel vm = merchantViewModel();
        api.addApiToken("t-9", "Checkout", "m-1", daysAgo(1), null, null, true); // made elsewhere meanwhile
        dialogs.formAnswers.add(typeName("Checkout"));
        dialogs.formAnswers.add(form -> {
            assertThat(vm.statusProperty().get()).contains("Checkout");
            assertThat(vm.statusKindProperty().get()).isEqualTo(StatusKind.ERROR);
            assertThat(vm.busyProperty().get()).as("the form is open again, nothing runs").isFalse();
            return false;
        });

        vm.generate();

        assertThat(dialogs.forms).hasSize(2);
        assertThat(api.generateRequests).hasSize(1);
    }

    @Test
    void aLostAnswerWithOtherTokensInTheListStillSaysTheTokenWasNotCreated() {
        api.addApiToken("t-1", "Reports", "m-1", daysAgo(3), null, null, true);
        ApiTokensViewModel vm = merchantViewModel();
        dialogs.formAnswers.add(typeName("Checkout"));
        api.failNext.put("generateApiToken", () -> Failures.fail(Reason.TIMEOUT, Operation.GENERATE_API_TOKEN));
        tasks.hold();

        vm.generate();
        tasks.runNext();
        assertThat(vm.statusProperty().get()).as("while the list is read again")
                .isEqualTo(messages.get("api.generate.checking", "Checkout"));
        assertThat(vm.busyProperty().get()).isTrue();
        tasks.release();

        assertThat(vm.statusProperty().get()).startsWith("The token \u201cCheckout\u201d was not created");
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void testingTheOwnKeySaysItIsTestingUntilTheServerAnswers() {
        api.failNext.put("listApiTokens", () -> EdfaPayException.of(Reason.NOT_OFFERED, Operation.LIST_API_TOKENS));
        ApiTokensViewModel vm = merchantViewModel();
        tasks.hold();

        vm.testKey();
        assertThat(vm.keyTestKindProperty().get()).isEqualTo(StatusKind.PROGRESS);
        assertThat(vm.keyTestResultProperty().get()).isEqualTo("Testing the key\u2026");
        tasks.release();

        assertThat(vm.keyTestKindProperty().get()).isEqualTo(StatusKind.SUCCESS);
        assertThat(vm.keyTestResultProperty().get()).isEqualTo("This key works: Merchant \u00b7 Riyadh Coffee Roasters");
        assertThat(vm.connectionText()).contains("Riyadh stores").contains("https://api.example.test");
    }

    @Test
    void aPartnersMerchantNamesAreLookedUpOnlyWhenThePickerDoesNotKnowThem() {
        api = FakeEdfaPayApi.partner();
        api.serverNow = NOW;
        MerchantSummary riyadh = new MerchantSummary("m-1", "Riyadh Coffee Roasters", null, null, true, "p-1");
        api.merchants.add(riyadh);
        api.addApiToken("t-1", "Riyadh backend", "m-1", daysAgo(2), null, null, true);
        api.addApiToken("t-2", "Lost backend", "m-0123456789", daysAgo(1), null, null, true);
        MerchantScopeViewModel scope = new MerchantScopeViewModel(api, "p-1", tasks, messages);
        scope.select(riyadh);
        ApiTokensViewModel vm = viewModel(scope);

        assertThat(row(vm, "Riyadh backend").merchantProperty().get()).isEqualTo("Riyadh Coffee Roasters");
        assertThat(calls("searchMerchants")).as("the picked merchant names its own tokens").isZero();

        scope.selectAll();
        assertThat(row(vm, "Lost backend").merchantProperty().get()).as("a merchant nobody named: its short id")
                .isEqualTo("Merchant m-012345\u2026");
        assertThat(calls("searchMerchants")).as("looked up, not found").isEqualTo(1);
    }

    @Test
    void rotateProposesTheNextFreeDatedNameAndTheNearestLifetime() {
        String dated = messages.get("api.rotate.name", "Checkout", "2026-11-30");
        api.addApiToken("t-1", "Checkout", "m-1", daysAgo(1), null, inDays(1), true);
        api.addApiToken("t-2", dated, "m-1", daysAgo(4), null, null, true);
        api.addApiToken("t-3", dated + " 2", "m-1", daysAgo(3), null, null, true);
        ApiTokensViewModel vm = merchantViewModel();
        vm.selectedProperty().set(row(vm, "Checkout"));
        GenerateTokenViewModel[] shown = new GenerateTokenViewModel[1];
        dialogs.formAnswers.add(form -> {
            shown[0] = (GenerateTokenViewModel) form;
            return false;
        });

        vm.rotateSelected();

        assertThat(shown[0].nameProperty().get()).isEqualTo(dated + " 3");
        assertThat(shown[0].expiryProperty().get()).as("a two-day token rotates into the shortest policy, not none")
                .isEqualTo(GenerateTokenViewModel.Expiry.DAYS_30);
        assertThat(api.generateRequests).isEmpty();
    }
}

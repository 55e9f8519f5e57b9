package com.edfapay.tokenmanager.ui.apitokens;

import com.edfapay.tokenmanager.api.EdfaPayException.Operation;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import com.edfapay.tokenmanager.ui.Failures;
import com.edfapay.tokenmanager.desktop.FakeSystemClipboard;
import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.api.NewApiToken;
import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.RecordingDialogs;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.common.StatusKind;
import com.edfapay.tokenmanager.ui.scope.MerchantScopeViewModel;
import com.edfapay.tokenmanager.ui.session.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ApiTokensViewModelTest {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final String OWN_KEY = "edfa_OwnKeyAbcdefghijklmnopqrstuvwxyz0123XYZ9";

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final FakeSystemClipboard clipboardContents = new FakeSystemClipboard();
    private final ClipboardGuard clipboard = new ClipboardGuard(clipboardContents, (delay, action) -> () -> { },
            () -> Duration.ofSeconds(30));
    private final AtomicInteger signOuts = new AtomicInteger();
    private final AtomicInteger forgets = new AtomicInteger();
    private final com.edfapay.tokenmanager.desktop.activity.MemoryActivityLog activityLog =
            new com.edfapay.tokenmanager.desktop.activity.MemoryActivityLog();
    private final com.edfapay.tokenmanager.ui.session.SessionActivity activity =
            new com.edfapay.tokenmanager.ui.session.SessionActivity(activityLog, java.time.Clock.systemUTC(),
                    "Riyadh stores", "LOCAL_SANDBOX", "MERCHANT");
    private FakeEdfaPayApi api;

    @BeforeEach
    void setUp() {
        api = FakeEdfaPayApi.merchant();
        api.serverNow = NOW;
    }

    private ApiTokensViewModel merchantViewModel() {
        return viewModel(Environment.LOCAL_SANDBOX, null);
    }

    private ApiTokensViewModel viewModel(Environment environment, MerchantScopeViewModel scope) {
        Session session = new Session("Riyadh stores", environment, "https://api.example.test", api, api.identity,
                Session.KeyFingerprint.of(OWN_KEY)).wiredTo(activity, new com.edfapay.tokenmanager.ui.session.SessionEnd() {
                    @Override
                    public void signOut() {
                        signOuts.incrementAndGet();
                    }

                    @Override
                    public void forgetKeyAndSignOut() {
                        forgets.incrementAndGet();
                    }
                });
        ApiTokensViewModel vm = new ApiTokensViewModel(session, scope, tasks, messages, dialogs, clipboard, clock,
                signOuts::incrementAndGet);
        vm.start();
        return vm;
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

    private long listCalls() {
        return api.log.stream().filter("listApiTokens"::equals).count();
    }

    // --- The list ----------------------------------------------------------------------------------------------

    @Test
    void listsTheMerchantsTokensNewestFirstWithReadableColumns() {
        api.addApiToken("t-old", "Old backend", "m-1", daysAgo(200), daysAgo(2), null, true);
        api.addApiToken("t-new", "Checkout server", "m-1", daysAgo(1), null, inDays(89), true);
        api.addApiToken("t-mid", "Reports", "m-1", daysAgo(20), daysAgo(0), inDays(200), false);

        ApiTokensViewModel vm = merchantViewModel();

        assertThat(vm.rows()).extracting(r -> r.nameProperty().get())
                .containsExactly("Checkout server", "Reports", "Old backend");
        ApiTokenRow checkout = row(vm, "Checkout server");
        ApiToken token = api.apiTokens.get("t-new");
        assertThat(checkout.keyProperty().get()).isEqualTo(token.prefix() + "\u2026" + token.last4());
        assertThat(checkout.statusTextProperty().get()).isEqualTo("Active");
        assertThat(checkout.createdProperty().get()).isEqualTo("2026-11-29 \u00b7 someone");
        assertThat(checkout.lastUsedProperty().get()).isEqualTo("Never");
        assertThat(checkout.expiresLongProperty().get()).isEqualTo("2027-02-27 (in 89 days)");
        assertThat(row(vm, "Reports").statusProperty().get()).isEqualTo(ApiTokenRow.Status.DISABLED);
        assertThat(row(vm, "Old backend").lastUsedProperty().get()).isEqualTo("2 days ago");
        assertThat(vm.showsMerchantColumnProperty().get()).isFalse();
        assertThat(api.listedScopes).containsExactly("ALL");
        assertThat(vm.summaryProperty().get()).isEqualTo("3 tokens \u00b7 1 needs attention");
    }

    @Test
    void rowsCarryTheFlagsOfTheirTokens() {
        api.addApiToken("t-1", "Ancient", "m-1", daysAgo(120), daysAgo(1), null, true);
        api.addApiToken("t-2", "Soon", "m-1", daysAgo(10), daysAgo(1), inDays(5), true);
        api.addApiToken("t-3", "Gone", "m-1", daysAgo(40), daysAgo(35), daysAgo(1), true);
        api.addApiToken("t-4", "Forgotten", "m-1", daysAgo(45), null, null, true);

        ApiTokensViewModel vm = merchantViewModel();

        assertThat(row(vm, "Ancient").flagsProperty().get()).containsExactly(ApiTokenFlags.Flag.ROTATE);
        assertThat(row(vm, "Soon").flagsProperty().get()).containsExactly(ApiTokenFlags.Flag.EXPIRING_SOON);
        assertThat(row(vm, "Gone").flagsProperty().get()).containsExactly(ApiTokenFlags.Flag.EXPIRED);
        assertThat(row(vm, "Gone").statusTextProperty().get()).isEqualTo("Expired");
        assertThat(row(vm, "Forgotten").flagsProperty().get()).containsExactly(ApiTokenFlags.Flag.UNUSED);
        assertThat(row(vm, "Forgotten").flagsTextProperty().get()).isEqualTo("Unused");
        assertThat(vm.flagNotes(row(vm, "Soon"))).singleElement()
                .satisfies(note -> assertThat(note.detail()).contains("14 days"));
    }

    @Test
    void searchAndAttentionFilterNarrowTheVisibleRows() {
        api.addApiToken("t-1", "Checkout server", "m-1", daysAgo(1), daysAgo(0), null, true);
        api.addApiToken("t-2", "Reports", "m-1", daysAgo(120), daysAgo(1), null, true);
        api.addApiToken("t-3", "Legacy", "m-1", daysAgo(3), null, null, false);
        ApiTokensViewModel vm = merchantViewModel();

        vm.searchProperty().set("check");
        assertThat(vm.visibleRows()).extracting(r -> r.nameProperty().get()).containsExactly("Checkout server");
        vm.searchProperty().set("");
        vm.filterProperty().set(ApiTokensViewModel.Filter.ATTENTION);
        assertThat(vm.visibleRows()).extracting(r -> r.nameProperty().get()).containsExactly("Reports");
        vm.filterProperty().set(ApiTokensViewModel.Filter.DISABLED);
        assertThat(vm.visibleRows()).extracting(r -> r.nameProperty().get()).containsExactly("Legacy");
    }

    @Test
    void theConnectionsOwnKeyIsRecognisedInTheList() {
        api.addOwnKey("t-own", OWN_KEY, "m-1", daysAgo(3));
        api.addApiToken("t-other", "Other", "m-1", daysAgo(2), null, null, true);
        ApiTokensViewModel vm = merchantViewModel();

        assertThat(row(vm, "Backend key").isOwnKey()).isTrue();
        assertThat(row(vm, "Other").isOwnKey()).isFalse();
    }

    // --- Generate ----------------------------------------------------------------------------------------------

    @Test
    void generateShowsTheSecretOnceCopiesItThroughTheGuardAndThenWipesIt() {
        api.addApiToken("t-1", "Existing", "m-1", daysAgo(3), null, null, true);
        ApiTokensViewModel vm = merchantViewModel();
        dialogs.formAnswers.add(typeName("  Checkout server "));

        vm.generate();

        assertThat(api.generateRequests).containsExactly(
                new NewApiToken("m-1", "Checkout server", NOW.plus(Duration.ofDays(90)), null));
        assertThat(form(0).header()).isEqualTo("New API token for Riyadh Coffee Roasters");
        assertThat(vm.rows().get(0).nameProperty().get()).isEqualTo("Checkout server");
        assertThat(vm.selectedProperty().get()).isSameAs(vm.rows().get(0));
        assertThat(dialogs.shownOnce).singleElement().satisfies(once -> {
            assertThat(once.header()).contains("Checkout server");
            assertThat(once.secret()).isSameAs(api.issuedSecrets.get(0));
        });
        assertThat(dialogs.secretReadableWhileShown).containsExactly(true);
        assertThat(clipboardContents.text).isEqualTo(api.issuedSecretValues.get(0));
        assertThat(clipboardContents.concealed).isTrue();
        assertThat(dialogs.copyResults).containsExactly("Copied. The clipboard is cleared in 30 seconds.");
        assertThat(api.issuedSecrets.get(0).isWiped()).isTrue();
        assertThat(listCalls()).isEqualTo(1);
        assertThat(vm.statusKindProperty().get()).isEqualTo(StatusKind.SUCCESS);
    }

    @Test
    void theSecretIsWipedEvenWhenTheDialogFails() {
        ApiTokensViewModel vm = merchantViewModel();
        dialogs.formAnswers.add(typeName("Checkout"));
        dialogs.failShowOnce = new IllegalStateException("window could not open");

        org.assertj.core.api.Assertions.assertThatThrownBy(vm::generate)
                .isInstanceOf(IllegalStateException.class);
        assertThat(api.issuedSecrets.get(0).isWiped()).isTrue();
        assertThat(clipboardContents.text).isNull();
    }

    @Test
    void expiryChoicesBecomeExpiryInstantsAndNoneMeansNoExpiry() {
        ApiTokensViewModel vm = merchantViewModel();
        dialogs.formAnswers.add(typeName("A", GenerateTokenViewModel.Expiry.DAYS_365));
        vm.generate();
        dialogs.formAnswers.add(typeName("B", GenerateTokenViewModel.Expiry.NEVER));
        vm.generate();
        dialogs.formAnswers.add(typeName("C", GenerateTokenViewModel.Expiry.DAYS_30));
        vm.generate();

        assertThat(api.generateRequests).extracting(NewApiToken::expiresAt)
                .containsExactly(NOW.plus(Duration.ofDays(365)), null, NOW.plus(Duration.ofDays(30)));
        assertThat(row(vm, "B").expiresProperty().get()).isEqualTo("Never");
    }

    @Test
    void aNameAlreadyInTheListIsRefusedBeforeAnythingIsSent() {
        api.addApiToken("t-1", "Checkout server", "m-1", daysAgo(3), null, null, true);
        ApiTokensViewModel vm = merchantViewModel();
        dialogs.formAnswers.add(typeName(" checkout SERVER "));

        vm.generate();

        GenerateTokenViewModel form = form(0);
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.problemProperty().get())
                .isEqualTo("This merchant already has a token named \u201ccheckout SERVER\u201d. Choose another name.");
        assertThat(api.generateRequests).isEmpty();
    }

    @Test
    void aBlankOrTooLongNameIsRefused() {
        GenerateTokenViewModel form = new GenerateTokenViewModel(messages, "t", "h", "c", java.util.List.of());
        form.nameProperty().set("   ");
        assertThat(form.problemProperty().get()).isEqualTo("Give the token a name.");
        form.nameProperty().set("x".repeat(65));
        assertThat(form.problemProperty().get()).isEqualTo("The name may have at most 64 characters.");
        form.nameProperty().set("x".repeat(64));
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void whenTheServerSaysTheNameIsTakenTheFormComesBackAndSaysSo() {
        ApiTokensViewModel vm = merchantViewModel();
        // Someone else created it after the list was loaded.
        api.addApiToken("t-x", "Checkout server", "m-1", daysAgo(0), null, null, true);
        dialogs.formAnswers.add(typeName("Checkout server"));
        dialogs.formAnswers.add(answer(form -> {
            assertThat(form.problemProperty().get()).contains("already has a token named");
            form.nameProperty().set("Checkout server 2");
            return form.validProperty().get();
        }));

        vm.generate();

        assertThat(dialogs.forms).hasSize(2);
        assertThat(dialogs.forms.get(0)).isSameAs(dialogs.forms.get(1));
        assertThat(api.generateRequests).extracting(NewApiToken::name)
                .containsExactly("Checkout server", "Checkout server 2");
        assertThat(vm.rows().get(0).nameProperty().get()).isEqualTo("Checkout server 2");
        assertThat(dialogs.shownOnce).hasSize(1);
    }

    @Test
    void cancellingTheFormSendsNothing() {
        ApiTokensViewModel vm = merchantViewModel();
        dialogs.formAnswers.add(form -> false);
        vm.generate();
        assertThat(api.generateRequests).isEmpty();
        assertThat(dialogs.shownOnce).isEmpty();
    }

    @Test
    void aGenerateThatTimesOutChecksTheListAndOffersNoBlindRetry() {
        ApiTokensViewModel vm = merchantViewModel();
        api.failNext.put("generateApiToken", () -> Failures.fail(Reason.TIMEOUT, Operation.GENERATE_API_TOKEN));
        dialogs.formAnswers.add(typeName("Checkout"));

        vm.generate();

        assertThat(vm.statusProperty().get()).contains("was not created").contains("did not answer in time");
        assertThat(vm.retryAvailableProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    // --- Partner ----------------------------------------------------------------------------------------------

    @Nested
    class Partner {

        private MerchantScopeViewModel scope;
        private final MerchantSummary riyadh = new MerchantSummary("m-1", "Riyadh Coffee Roasters", null, null, true,
                "p-1");
        private final MerchantSummary jeddah = new MerchantSummary("m-2", "Jeddah Books", null, null, true, "p-1");

        @BeforeEach
        void partner() {
            api = FakeEdfaPayApi.partner();
            api.serverNow = NOW;
            api.merchants.add(riyadh);
            api.merchants.add(jeddah);
            api.addApiToken("t-1", "Riyadh backend", "m-1", daysAgo(2), null, null, true);
            api.addApiToken("t-2", "Jeddah backend", "m-2", daysAgo(1), null, null, true);
            // The picker has loaded nothing yet, so names must be looked up.
            scope = new MerchantScopeViewModel(api, "p-1", tasks, messages);
        }

        @Test
        void allMerchantsShowsTheMerchantColumnWithNamesAndGenerateAsksForAMerchantFirst() {
            ApiTokensViewModel vm = viewModel(Environment.LOCAL_SANDBOX, scope);

            assertThat(api.listedScopes).containsExactly("ALL");
            assertThat(vm.showsMerchantColumnProperty().get()).isTrue();
            assertThat(vm.rows()).extracting(r -> r.merchantProperty().get())
                    .containsExactly("Jeddah Books", "Riyadh Coffee Roasters");
            assertThat(vm.canGenerateProperty().get()).isFalse();
            assertThat(vm.generateTooltipProperty().get()).contains("pick the merchant in the merchant picker");
            vm.generate();
            assertThat(dialogs.forms).isEmpty();
        }

        @Test
        void pickingAMerchantShowsItsTokensAndGeneratesForIt() {
            ApiTokensViewModel vm = viewModel(Environment.LOCAL_SANDBOX, scope);
            scope.select(jeddah);

            assertThat(api.listedScopes).containsExactly("ALL", "m-2");
            assertThat(vm.rows()).extracting(r -> r.nameProperty().get()).containsExactly("Jeddah backend");
            assertThat(vm.showsMerchantColumnProperty().get()).isFalse();
            assertThat(vm.canGenerateProperty().get()).isTrue();
            assertThat(vm.generateTooltipProperty().get()).contains("Jeddah Books");

            dialogs.formAnswers.add(typeName("Riyadh backend"));
            vm.generate();
            // The same name is fine in another merchant.
            assertThat(api.generateRequests).extracting(NewApiToken::businessUnitId).containsExactly("m-2");
            assertThat(form(0).header()).isEqualTo("New API token for Jeddah Books");
        }

        @Test
        void allMerchantsNamesTheMerchantsOfAPartnerWithThousandsOfThem() {
            for (int i = 3; i <= 2000; i++) {
                api.merchants.add(new MerchantSummary("m-" + i, String.format("Merchant %04d", i), null, null, true,
                        "p-1"));
            }
            api.addApiToken("t-3", "Far backend", "m-1900", daysAgo(1), null, null, true);
            api.addApiToken("t-4", "Middle backend", "m-700", daysAgo(1), null, null, true);

            ApiTokensViewModel vm = viewModel(Environment.LOCAL_SANDBOX, scope);

            assertThat(row(vm, "Far backend").merchantProperty().get()).isEqualTo("Merchant 1900");
            assertThat(row(vm, "Middle backend").merchantProperty().get()).isEqualTo("Merchant 0700");
            assertThat(api.log.stream().filter("searchMerchants"::equals))
                    .as("pages of 500 until every id is named, not one request per merchant").hasSize(4);
        }

        @Test
        void rotatingFromAllMerchantsKeepsTheOldTokensMerchant() {
            ApiTokensViewModel vm = viewModel(Environment.LOCAL_SANDBOX, scope);
            vm.selectedProperty().set(row(vm, "Riyadh backend"));
            dialogs.formAnswers.add(accept());
            vm.rotateSelected();
            assertThat(api.generateRequests).singleElement()
                    .satisfies(request -> assertThat(request.businessUnitId()).isEqualTo("m-1"));
        }
    }

    // --- Activity log -----------------------------------------------------------------------------------------

    @Test
    void generateCopyRotateDisableAndEnableEachWriteOneEntryWithoutTheSecret() {
        api.addApiToken("t-seed", "Checkout server", "m-1", daysAgo(3), null, null, true);
        ApiTokensViewModel vm = merchantViewModel();
        dialogs.formAnswers.add(typeName("Reports"));
        vm.generate(); // the scripted dialog presses Copy once
        vm.selectedProperty().set(row(vm, "Checkout server"));
        dialogs.formAnswers.add(accept());
        vm.rotateSelected();
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.id().equals("t-seed")).findFirst().orElseThrow());
        dialogs.textAnswers.add(Optional.of("rotated"));
        vm.disableSelected();
        vm.enableSelected();

        var entries = activityLog.read();
        assertThat(entries).extracting(e -> e.action().name() + " " + e.targetName() + " " + e.outcome())
                .containsExactly(
                        "GENERATE Reports SUCCEEDED",
                        "COPY Reports SUCCEEDED",
                        "ROTATE " + entries.get(2).targetName() + " SUCCEEDED",
                        "COPY " + entries.get(2).targetName() + " SUCCEEDED",
                        "DISABLE Checkout server SUCCEEDED",
                        "ENABLE Checkout server SUCCEEDED");
        assertThat(entries.get(2).targetName()).startsWith("Checkout server");
        assertThat(entries.get(2).detail()).isEqualTo("replaces t-seed");
        assertThat(entries.get(4).targetId()).isEqualTo("t-seed");
        String all = entries.toString();
        api.issuedSecretValues.forEach(secret -> assertThat(all).doesNotContain(secret));
    }

    @Test
    void aFailedGenerateIsRecordedWithItsKind() {
        ApiTokensViewModel vm = merchantViewModel();
        api.failNext.put("generateApiToken", () -> com.edfapay.tokenmanager.ui.Failures.fail(
                Reason.SERVER_ERROR, Operation.GENERATE_API_TOKEN));
        dialogs.formAnswers.add(typeName("Checkout"));
        vm.generate();
        assertThat(activityLog.read()).singleElement().satisfies(entry -> {
            assertThat(entry.action().name()).isEqualTo("GENERATE");
            assertThat(entry.outcome().name()).isEqualTo("FAILED");
            assertThat(entry.detail()).isEqualTo("ServerError");
        });
    }

    // --- Disable, enable -------------------------------------------------------------------------------------

    @Test
    void disableNeedsAReasonNamesTheTokenAndUpdatesOnlyThatRow() {
        api.addApiToken("t-1", "Checkout server", "m-1", daysAgo(3), null, null, true);
        api.addApiToken("t-2", "Reports", "m-1", daysAgo(2), null, null, true);
        ApiTokensViewModel vm = merchantViewModel();
        ApiTokenRow other = row(vm, "Reports");
        ApiTokenRow target = row(vm, "Checkout server");
        vm.selectedProperty().set(target);

        dialogs.textAnswers.add(Optional.empty());
        vm.disableSelected();
        assertThat(api.log).noneMatch(entry -> entry.startsWith("setApiTokenActive"));

        dialogs.textAnswers.add(Optional.of("  Server decommissioned "));
        vm.disableSelected();

        assertThat(dialogs.textQuestions).hasSize(2);
        assertThat(dialogs.textQuestions.get(1).header()).contains("Checkout server").contains(target.token().last4());
        assertThat(dialogs.textQuestions.get(1).destructive()).isTrue();
        assertThat(api.apiTokens.get("t-1").active()).isFalse();
        assertThat(api.apiTokens.get("t-1").disabledReason()).isEqualTo("Server decommissioned");
        assertThat(target.statusProperty().get()).isEqualTo(ApiTokenRow.Status.DISABLED);
        assertThat(target.disabledReasonProperty().get()).isEqualTo("Server decommissioned");
        assertThat(vm.rows()).containsExactly(other, target);
        assertThat(vm.selectedProperty().get()).isSameAs(target);
        assertThat(listCalls()).isEqualTo(1);
        assertThat(vm.canDisableProperty().get()).isFalse();
        assertThat(vm.canEnableProperty().get()).isTrue();
        assertThat(signOuts.get()).isZero();
    }

    @Test
    void enableAsksAndTakesTheServersAnswer() {
        api.addApiToken("t-1", "Checkout server", "m-1", daysAgo(3), null, null, false);
        ApiTokensViewModel vm = merchantViewModel();
        vm.selectedProperty().set(row(vm, "Checkout server"));

        dialogs.confirmAnswers.add(false);
        vm.enableSelected();
        assertThat(api.apiTokens.get("t-1").active()).isFalse();

        vm.enableSelected();
        assertThat(dialogs.asked).hasSize(2);
        assertThat(dialogs.asked.get(1).header()).contains("Checkout server");
        assertThat(row(vm, "Checkout server").statusProperty().get()).isEqualTo(ApiTokenRow.Status.ACTIVE);
        assertThat(row(vm, "Checkout server").disabledReasonProperty().get()).isEmpty();
        assertThat(listCalls()).isEqualTo(1);
    }

    @Test
    void theRowShowsWhatTheServerSaysEvenIfSomeoneElseChangedIt() {
        api.addApiToken("t-1", "Checkout server", "m-1", daysAgo(3), null, null, true);
        ApiTokensViewModel vm = merchantViewModel();
        vm.selectedProperty().set(row(vm, "Checkout server"));
        // Another admin disabled it meanwhile; disabling again is harmless and the answer is the truth.
        api.setApiTokenActive("t-1", false, "rotated by ops");
        dialogs.textAnswers.add(Optional.of("cleanup"));
        vm.disableSelected();
        assertThat(row(vm, "Checkout server").disabledReasonProperty().get()).isEqualTo("cleanup");
        assertThat(row(vm, "Checkout server").activeProperty().get()).isFalse();
    }

    @Test
    void disablingTheConnectionsOwnKeyWarnsThenSignsOutAfterSuccess() {
        api.addOwnKey("t-own", OWN_KEY, "m-1", daysAgo(3));
        ApiTokensViewModel vm = merchantViewModel();
        vm.selectedProperty().set(row(vm, "Backend key"));

        dialogs.confirmAnswers.add(false);
        vm.disableSelected();
        assertThat(dialogs.asked).singleElement().satisfies(c -> {
            assertThat(c.header()).contains("Backend key").contains("the key this app is connected with");
            assertThat(c.detail()).contains("signed out");
            assertThat(c.destructive()).isTrue();
        });
        assertThat(dialogs.textQuestions).isEmpty();

        dialogs.textAnswers.add(Optional.of("leaked"));
        vm.disableSelected();
        assertThat(api.apiTokens.get("t-own").active()).isFalse();
        assertThat(signOuts.get()).isEqualTo(1);
        assertThat(dialogs.notices).singleElement().satisfies(n -> assertThat(n).contains("signed out"));
    }

    @Test
    void aFailedDisableKeepsTheSignInAndCanBeRetried() {
        api.addOwnKey("t-own", OWN_KEY, "m-1", daysAgo(3));
        ApiTokensViewModel vm = merchantViewModel();
        vm.selectedProperty().set(row(vm, "Backend key"));
        api.failNext.put("setApiTokenActive:t-own",
                () -> Failures.fail(Reason.CONNECTION_REFUSED, Operation.SWITCH_API_TOKEN));
        dialogs.textAnswers.add(Optional.of("leaked"));

        vm.disableSelected();
        assertThat(signOuts.get()).isZero();
        assertThat(vm.retryAvailableProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).startsWith("Could not connect to the server.");
        assertThat(row(vm, "Backend key").activeProperty().get()).isTrue();

        vm.retry();
        assertThat(api.apiTokens.get("t-own").active()).isFalse();
        assertThat(api.apiTokens.get("t-own").disabledReason()).isEqualTo("leaked");
        assertThat(vm.retryAvailableProperty().get()).isFalse();
        assertThat(signOuts.get()).isEqualTo(1);
    }

    // --- Rotate ------------------------------------------------------------------------------------------------

    @Test
    void rotateGeneratesANamedReplacementWithTheSamePolicyAndFlagsTheOldOne() {
        api.addApiToken("t-1", "Checkout server", "m-1", daysAgo(100), daysAgo(1), inDays(80), true);
        api.addApiToken("t-2", "Checkout server (rotated 2026-11-30)", "m-1", daysAgo(1), null, null, false);
        ApiTokensViewModel vm = merchantViewModel();
        ApiTokenRow old = row(vm, "Checkout server");
        vm.selectedProperty().set(old);
        assertThat(old.flagsProperty().get()).containsExactly(ApiTokenFlags.Flag.ROTATE);
        dialogs.formAnswers.add(accept());

        vm.rotateSelected();

        GenerateTokenViewModel form = form(0);
        assertThat(form.header()).isEqualTo("Replace \u201cCheckout server\u201d with a new token");
        assertThat(form.expiryProperty().get()).isEqualTo(GenerateTokenViewModel.Expiry.DAYS_180);
        assertThat(api.generateRequests).containsExactly(new NewApiToken("m-1",
                "Checkout server (rotated 2026-11-30) 2", NOW.plus(Duration.ofDays(180)), "t-1"));
        ApiTokenRow fresh = vm.rows().get(0);
        assertThat(fresh.nameProperty().get()).isEqualTo("Checkout server (rotated 2026-11-30) 2");
        assertThat(vm.selectedProperty().get()).isSameAs(fresh);
        assertThat(old.activeProperty().get()).isTrue();
        assertThat(old.flagsProperty().get()).contains(ApiTokenFlags.Flag.REPLACED);
        assertThat(old.token().replacedById()).isEqualTo(fresh.id());
        assertThat(vm.replacedText(old)).isEqualTo("Replaced by \u201cCheckout server (rotated 2026-11-30) 2\u201d: "
                + "disable this token when the new one is deployed.");
        assertThat(dialogs.shownOnce).hasSize(1);
        assertThat(api.issuedSecrets.get(0).isWiped()).isTrue();
        assertThat(listCalls()).isEqualTo(1);

        // The one-click disable of the replaced token still asks for a reason.
        vm.selectedProperty().set(old);
        dialogs.textAnswers.add(Optional.of("replaced"));
        vm.disableSelected();
        assertThat(api.apiTokens.get("t-1").active()).isFalse();
        assertThat(old.flagsProperty().get()).isEmpty();
    }

    @Test
    void neverExpiringTokensRotateIntoNeverExpiringOnes() {
        api.addApiToken("t-1", "Backend", "m-1", daysAgo(100), null, null, true);
        ApiTokensViewModel vm = merchantViewModel();
        vm.selectedProperty().set(row(vm, "Backend"));
        dialogs.formAnswers.add(accept());
        vm.rotateSelected();
        assertThat(api.generateRequests.get(0).expiresAt()).isNull();
        assertThat(api.generateRequests.get(0).name()).isEqualTo("Backend (rotated 2026-11-30)");
    }

    @Test
    void disabledAndExpiredTokensCannotBeRotated() {
        api.addApiToken("t-1", "Off", "m-1", daysAgo(3), null, null, false);
        api.addApiToken("t-2", "Gone", "m-1", daysAgo(40), null, daysAgo(1), true);
        ApiTokensViewModel vm = merchantViewModel();
        vm.selectedProperty().set(row(vm, "Off"));
        assertThat(vm.canRotateProperty().get()).isFalse();
        vm.selectedProperty().set(row(vm, "Gone"));
        assertThat(vm.canRotateProperty().get()).isFalse();
        assertThat(vm.canDisableProperty().get()).isTrue();
        vm.rotateSelected();
        assertThat(dialogs.forms).isEmpty();
    }

    // --- Errors --------------------------------------------------------------------------------------------------

    @Test
    void aRevokedKeyOffersToSignOutAndReconnect() {
        api.failNext.put("listApiTokens", FakeEdfaPayApi::unauthorized);
        ApiTokensViewModel vm = merchantViewModel();

        assertThat(vm.keyRejectedProperty().get()).isTrue();
        assertThat(vm.loadErrorProperty().get()).contains("rejected the API key");
        assertThat(vm.retryAvailableProperty().get()).isFalse();
        vm.signOutToReconnect();
        assertThat(signOuts.get()).isEqualTo(1);
    }

    @Test
    void aNetworkFailureOnLoadCanBeRetried() {
        api.addApiToken("t-1", "Checkout server", "m-1", daysAgo(3), null, null, true);
        api.failNext.put("listApiTokens",
                () -> Failures.fail(Reason.CONNECTION_REFUSED, Operation.LIST_API_TOKENS));
        ApiTokensViewModel vm = merchantViewModel();

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.retryAvailableProperty().get()).isTrue();
        assertThat(vm.statusKindProperty().get()).isEqualTo(StatusKind.ERROR);
        assertThat(vm.loadErrorProperty().get()).isEqualTo("Could not connect to the server. Check the server address "
                + "and your network connection, then try again.");

        vm.retry();
        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.loadErrorProperty().get()).isEmpty();
        assertThat(vm.retryAvailableProperty().get()).isFalse();
    }

    @Test
    void aForbiddenAnswerIsExplainedWithoutRetry() {
        api.failNext.put("listApiTokens", () -> Failures.fail(Reason.FORBIDDEN, Operation.LIST_API_TOKENS, 403, "FORBIDDEN", "no"));
        ApiTokensViewModel vm = merchantViewModel();
        assertThat(vm.loadErrorProperty().get()).isEqualTo(
                "This API key is not allowed to list API tokens (HTTP 403). Ask your administrator for a key with "
                        + "the right access. The server said: \u201cno\u201d (FORBIDDEN).");
        assertThat(vm.retryAvailableProperty().get()).isFalse();
        assertThat(vm.keyRejectedProperty().get()).isFalse();
    }

    @Test
    void loadingShowsProgressAndBlocksGenerate() {
        tasks.hold();
        ApiTokensViewModel vm = merchantViewModel();
        assertThat(vm.loadingProperty().get()).isTrue();
        assertThat(vm.canGenerateProperty().get()).isFalse();
        tasks.release();
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.canGenerateProperty().get()).isTrue();
    }

    // --- Without the endpoints ---------------------------------------------------------------------------------

    @Nested
    class NotOffered {

        @BeforeEach
        void noEndpoints() {
            api.failNext.put("listApiTokens", () -> Failures.fail(
                    Reason.NOT_OFFERED, Operation.LIST_API_TOKENS, 404, "NOT_FOUND", "Not found"));
        }

        @Test
        void theTabExplainsAndLinksToTheDashboardOfTheEnvironment() {
            ApiTokensViewModel vm = viewModel(Environment.PRODUCTION, null);

            assertThat(vm.notOfferedProperty().get()).isTrue();
            assertThat(vm.loadErrorProperty().get()).isEmpty();
            assertThat(vm.canGenerateProperty().get()).isFalse();
            assertThat(vm.dashboardUrl()).isEqualTo("https://app.edfapay.com");
            vm.openDashboard();
            assertThat(dialogs.openedUrls).containsExactly("https://app.edfapay.com");
        }

        @Test
        void aCustomServerFallsBackToTheProductionDashboardAndSaysWhy() {
            ApiTokensViewModel vm = viewModel(Environment.CUSTOM, null);
            assertThat(vm.dashboardUrl()).isEqualTo(ApiTokensViewModel.FALLBACK_DASHBOARD);
            assertThat(vm.dashboardNote()).contains("not one of EdfaPay\u2019s known environments");
            ApiTokensViewModel demo = viewModel(Environment.DEMO_SANDBOX, null);
            assertThat(demo.dashboardUrl()).isEqualTo("https://demo.edfapay.com");
        }

        @Test
        void theOwnKeyIsShownMaskedAndCanBeTested() {
            ApiTokensViewModel vm = viewModel(Environment.PRODUCTION, null);

            assertThat(vm.ownKeyText()).isEqualTo("edfa_OwnK\u2022\u2022\u2022\u2022XYZ9");
            assertThat(vm.ownKeyText()).doesNotContain(OWN_KEY.substring(9, OWN_KEY.length() - 4));
            vm.testKey();
            assertThat(vm.keyTestKindProperty().get()).isEqualTo(StatusKind.SUCCESS);
            assertThat(vm.keyTestResultProperty().get()).isEqualTo(
                    "This key works: Merchant \u00b7 Riyadh Coffee Roasters");

            api.failNext.put("whoAmI", FakeEdfaPayApi::unauthorized);
            vm.testKey();
            assertThat(vm.keyTestKindProperty().get()).isEqualTo(StatusKind.ERROR);
            assertThat(vm.keyTestResultProperty().get()).contains("rejected the API key");
        }

        @Test
        void replaceSignsOutToTheConnectScreen() {
            ApiTokensViewModel vm = viewModel(Environment.PRODUCTION, null);
            vm.replaceKey();
            assertThat(signOuts.get()).isEqualTo(1);
            assertThat(dialogs.notices).singleElement().satisfies(n -> assertThat(n).contains("Paste the new key"));
        }

        @Test
        void forgetAsksThenForgetsTheKeyAndSignsOutAndSaysSo() {
            ApiTokensViewModel vm = viewModel(Environment.PRODUCTION, null);
            dialogs.confirmAnswers.add(false);
            vm.forgetKey();
            assertThat(forgets.get()).isZero();
            vm.forgetKey();
            assertThat(forgets.get()).isEqualTo(1);
            assertThat(dialogs.asked.get(1).destructive()).isTrue();
            assertThat(dialogs.notices).singleElement().satisfies(n -> assertThat(n).contains("Signed out"));
        }
    }

    // --- Issue 10, defect 6: the answer to a generate cannot be read ------------------------------------------

    @Nested
    class GenerateAnswerLost {

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.EnumSource(value = Reason.class,
                names = {"NOT_JSON", "NOT_ENVELOPE", "TOO_LARGE", "CONNECTION_LOST", "TIMEOUT", "SERVER_ERROR"})
        void defect6_createdButUnreadableIsFoundInTheListAndSaidSo(Reason reason) {
            ApiTokensViewModel vm = merchantViewModel();
            api.loseAnswerNext.put("generateApiToken", () -> Failures.fail(reason, Operation.GENERATE_API_TOKEN));
            dialogs.formAnswers.add(typeName("Checkout"));

            vm.generate();

            assertThat(api.generateRequests).as("never sent twice").hasSize(1);
            assertThat(vm.rows()).extracting(r -> r.token().name()).contains("Checkout");
            assertThat(vm.selectedProperty().get().token().name()).isEqualTo("Checkout");
            assertThat(vm.statusProperty().get()).contains("\u201cCheckout\u201d was created")
                    .contains("disable it and generate a new one");
            assertThat(dialogs.shownOnce).isEmpty();
            assertThat(vm.busyProperty().get()).isFalse();
        }

        @Test
        void defect6_unreadableAndNotInTheListSaysItWasNotCreated() {
            ApiTokensViewModel vm = merchantViewModel();
            api.failNext.put("generateApiToken", () -> Failures.fail(Reason.NOT_JSON, Operation.GENERATE_API_TOKEN));
            dialogs.formAnswers.add(typeName("Checkout"));

            vm.generate();

            assertThat(vm.rows()).extracting(r -> r.token().name()).doesNotContain("Checkout");
            assertThat(vm.statusProperty().get()).contains("was not created");
            assertThat(vm.busyProperty().get()).isFalse();
        }

        @Test
        void defect6_whenTheListCannotBeReadEitherTheOutcomeStaysUnknown() {
            ApiTokensViewModel vm = merchantViewModel();
            api.loseAnswerNext.put("generateApiToken",
                    () -> Failures.fail(Reason.CONNECTION_LOST, Operation.GENERATE_API_TOKEN));
            api.failNext.put("listApiTokens", () -> Failures.fail(Reason.TIMEOUT, Operation.LIST_API_TOKENS));
            dialogs.formAnswers.add(typeName("Checkout"));

            vm.generate();

            assertThat(vm.statusProperty().get()).contains("may have been created");
            assertThat(vm.busyProperty().get()).isFalse();
        }
    }

    private GenerateTokenViewModel form(int index) {
        return (GenerateTokenViewModel) dialogs.forms.get(index);
    }

    /** The user fills the generate form as {@code fill} does; true means Generate was pressed. */
    private static Predicate<Object> answer(Predicate<GenerateTokenViewModel> fill) {
        return form -> fill.test((GenerateTokenViewModel) form);
    }

    /** The user types {@code name}, keeps the suggested expiry, and presses Generate. */
    private static Predicate<Object> typeName(String name) {
        return answer(form -> {
            form.nameProperty().set(name);
            return form.validProperty().get();
        });
    }

    private static Predicate<Object> typeName(String name, GenerateTokenViewModel.Expiry expiry) {
        return answer(form -> {
            form.nameProperty().set(name);
            form.expiryProperty().set(expiry);
            return form.validProperty().get();
        });
    }

    /** The user accepts whatever the form suggests. */
    private static Predicate<Object> accept() {
        return answer(form -> form.validProperty().get());
    }
}

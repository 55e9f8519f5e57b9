package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.edfapay.tokenmanager.api.EdfaPayException;
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
import com.edfapay.tokenmanager.ui.common.DialogService;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.session.Session;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk Disable, Enable and Replace as the user meets them: the preview names what changes (and only that), the run
 * keeps to its concurrency, every row gets a result line, and the server ends up in the state the preview promised.
 */
class SdkTokenBulkViewModelTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ClipboardGuard clipboard = SdkTokensTestKit.clipboard(new FakeSystemClipboard(), tasks);
    private FakeEdfaPayApi api;

    @BeforeEach
    void setUp() {
        api = FakeEdfaPayApi.merchant();
    }

    /** u-0..u-(n-1): every third has no token, every fourth with a token is disabled (as the other tests seed). */
    private void seed(int count) {
        for (int i = 0; i < count; i++) {
            String id = "u-" + i;
            UserType type = i % 2 == 0 ? UserType.TERMINAL : UserType.USER;
            api.users.add(new UserSummary(id, "user" + i, null, "First" + i, "Last", null, type, "m-1",
                    "Merchant m-1", true));
            if (i % 3 != 0) {
                api.sdkTokens.put(id, new SdkToken(id, String.format("%064X", 5_000_000L + i), "m-1", type, "t-" + i,
                        "TRSM" + i, "DEV" + i, i % 4 != 0));
            }
        }
    }

    private SdkTokensViewModel started(int users, int concurrency) {
        seed(users);
        Session session = SdkTokensTestKit.session(api);
        SdkTokensViewModel vm = new SdkTokensViewModel(session, null, tasks, messages, dialogs, clipboard, () -> { },
                concurrency);
        vm.start();
        vm.rowsOnScreen(0, users - 1);
        settle();
        return vm;
    }

    private void settle() {
        SdkTokensTestKit.settle(tasks);
    }

    private static SdkTokenRow row(SdkTokensViewModel vm, String userId) {
        return SdkTokensTestKit.row(vm, userId);
    }

    private static List<SdkTokenRow> rows(SdkTokensViewModel vm, String... userIds) {
        return java.util.Arrays.stream(userIds).map(id -> row(vm, id)).toList();
    }

    private List<String> writes() {
        return api.log.stream().filter(c -> c.startsWith("setSdkTokenActive:") || c.startsWith("generateSdkToken:"))
                .toList();
    }

    @Test
    void bulkEnableIsNotDestructiveAndEnablesOnlyTheDisabledTokens() {
        SdkTokensViewModel vm = started(9, 8);
        // u-4 and u-8 disabled, u-1 active, u-3 without a token
        vm.selection().setAll(rows(vm, "u-4", "u-1", "u-8", "u-3"));
        api.log.clear();

        vm.runBulk(BulkAction.ENABLE);

        DialogService.Confirmation asked = dialogs.asked.get(0);
        assertThat(asked.destructive()).as("enabling harms nobody").isFalse();
        assertThat(asked.title()).isEqualTo("Enable SDK tokens");
        assertThat(asked.header()).isEqualTo("Enable 2 SDK tokens?");
        assertThat(asked.confirmLabel()).isEqualTo("Enable 2");
        assertThat(asked.detail()).startsWith("These users and devices can log in again:")
                .contains("\u2022 First4 Last (Terminal)", "\u2022 First8 Last (Terminal)")
                .doesNotContain("First1 Last", "First3 Last")
                .contains("2 selected rows are skipped");
        assertThat(writes()).containsExactlyInAnyOrder("setSdkTokenActive:u-4", "setSdkTokenActive:u-8");
        assertThat(api.sdkTokens.get("u-4").active()).isTrue();
        assertThat(api.sdkTokens.get("u-8").active()).isTrue();
        assertThat(row(vm, "u-4").statusProperty().get()).isEqualTo(TokenStatus.ACTIVE);
        assertThat(row(vm, "u-8").busyProperty().get()).as("the row is free again").isFalse();
        BulkRun run = vm.bulkRunProperty().get();
        assertThat(run.action()).isEqualTo(BulkAction.ENABLE);
        assertThat(run.total()).isEqualTo(2);
        assertThat(run.doneProperty().get()).isEqualTo(2);
        assertThat(run.results()).extracting(BulkResult::name, BulkResult::outcome, BulkResult::detail)
                .containsExactlyInAnyOrder(
                        tuple("First1 Last", BulkResult.Outcome.SKIPPED, "Skipped: not disabled"),
                        tuple("First3 Last", BulkResult.Outcome.SKIPPED, "Skipped: not disabled"),
                        tuple("First4 Last", BulkResult.Outcome.DONE, "Enabled"),
                        tuple("First8 Last", BulkResult.Outcome.DONE, "Enabled"));
        assertThat(dialogs.notices).containsExactly("Bulk action finished: 2 done, 0 failed.");
    }

    @Test
    void bulkReplaceGivesEveryKnownRowANewTokenAndTheWarningIsDestructive() {
        SdkTokensViewModel vm = started(6, 8);
        String oldLast4 = row(vm, "u-1").last4();
        vm.selection().setAll(rows(vm, "u-1", "u-3", "u-4"));
        api.log.clear();

        vm.runBulk(BulkAction.REPLACE);

        DialogService.Confirmation asked = dialogs.asked.get(0);
        assertThat(asked.destructive()).isTrue();
        assertThat(asked.header()).isEqualTo("Replace 3 SDK tokens?");
        assertThat(asked.detail()).startsWith("Their current tokens stop working at once")
                .doesNotContain("skipped");
        assertThat(writes()).as("a user without a token gets one too").containsExactlyInAnyOrder(
                "generateSdkToken:u-1", "generateSdkToken:u-3", "generateSdkToken:u-4");
        assertThat(row(vm, "u-1").last4()).isNotEqualTo(oldLast4).isEqualTo(api.sdkTokens.get("u-1").last4());
        assertThat(row(vm, "u-3").statusProperty().get()).isEqualTo(TokenStatus.ACTIVE);
        assertThat(row(vm, "u-4").statusProperty().get()).as("a replaced token is active").isEqualTo(
                TokenStatus.ACTIVE);
        assertThat(vm.bulkRunProperty().get().results()).extracting(BulkResult::detail).containsOnly("Replaced");
        assertThat(vm.heldTokenProperty().get()).as("no row holds a new secret after a bulk run").isNull();
    }

    @Test
    void aBulkRunKeepsToItsConcurrencyAndTheNextRowGoesOnlyWhenOneFinishes() {
        SdkTokensViewModel vm = started(24, 3);
        List<SdkTokenRow> active = vm.rows().stream().filter(SdkTokenRow::isActive).toList();
        assertThat(active).hasSizeGreaterThan(3);
        vm.selection().setAll(active);
        api.log.clear();
        tasks.hold();

        vm.runBulk(BulkAction.DISABLE);
        BulkRun run = vm.bulkRunProperty().get();

        assertThat(tasks.pending()).as("three calls on their way, the rest wait").isEqualTo(3);
        assertThat(active.stream().filter(r -> r.busyProperty().get())).hasSize(3);
        assertThat(run.runningProperty().get()).isTrue();
        tasks.runNext();
        assertThat(run.doneProperty().get()).isEqualTo(1);
        assertThat(tasks.pending()).as("one finished, one more sent").isEqualTo(3);
        tasks.release();

        assertThat(writes()).hasSize(active.size()).doesNotHaveDuplicates();
        assertThat(run.runningProperty().get()).isFalse();
        assertThat(run.count(BulkResult.Outcome.DONE)).isEqualTo(active.size());
        assertThat(active).allSatisfy(r -> assertThat(r.statusProperty().get()).isEqualTo(TokenStatus.DISABLED));
        assertThat(dialogs.notices).as("told once, at the end").hasSize(1);
    }

    @Test
    void thePreviewNamesTenRowsAndCountsTheRest() {
        SdkTokensViewModel vm = started(40, 8);
        List<SdkTokenRow> active = vm.rows().stream().filter(SdkTokenRow::isActive).toList();
        assertThat(active).hasSizeGreaterThan(11);
        vm.selection().setAll(active);
        dialogs.answer = false;

        vm.runBulk(BulkAction.DISABLE);

        String detail = dialogs.asked.get(0).detail();
        assertThat(detail.lines().filter(line -> line.startsWith("\u2022 "))).hasSize(10);
        assertThat(detail).contains("\u2026 and " + (active.size() - 10) + " more")
                .contains(active.get(9).displayName()).doesNotContain(active.get(10).displayName() + " (");
        assertThat(detail).as("nothing skipped, nothing said about it").doesNotContain("skipped");
        assertThat(vm.bulkRunProperty().get()).as("declined: no run").isNull();
        assertThat(writes()).isEmpty();
    }

    @Test
    void aSelectionTheActionWouldNotChangeSaysSoAndSendsNothing() {
        SdkTokensViewModel vm = started(6, 8);
        vm.selection().setAll(rows(vm, "u-1", "u-2"));

        vm.runBulk(BulkAction.ENABLE);

        assertThat(dialogs.asked).as("nothing to confirm").isEmpty();
        assertThat(dialogs.errors).containsExactly("None of the selected tokens is disabled.");
        assertThat(vm.bulkRunProperty().get()).isNull();
        assertThat(writes()).isEmpty();
    }

    @Test
    void aSecondRunWaitsForTheFirstAndResultsAreDismissedOnlyOnceItEnded() {
        SdkTokensViewModel vm = started(12, 8);
        vm.selection().setAll(rows(vm, "u-1", "u-2"));
        tasks.hold();
        vm.runBulk(BulkAction.DISABLE);
        BulkRun first = vm.bulkRunProperty().get();

        vm.selection().setAll(rows(vm, "u-5"));
        vm.runBulk(BulkAction.DISABLE);
        vm.dismissBulkResults();

        assertThat(vm.bulkRunProperty().get()).as("still the running one").isSameAs(first);
        assertThat(dialogs.asked).as("no second question while one runs").hasSize(1);
        tasks.release();
        vm.dismissBulkResults();
        assertThat(vm.bulkRunProperty().get()).isNull();
        assertThat(api.sdkTokens.get("u-5").active()).isTrue();
    }

    @Test
    void aBulkFailureThatKnowsTheActualStateShowsItAndTheRunGoesOn() {
        SdkTokensViewModel vm = started(6, 1);
        vm.selection().setAll(rows(vm, "u-1", "u-2", "u-5"));
        api.failNext.put("setSdkTokenActive:u-1", () -> EdfaPayException.of(
                EdfaPayException.Details.of(Reason.STATE_DIFFERS, Operation.SWITCH_SDK_TOKEN)
                        .withActual(new SdkToken("u-1", null, "m-1", UserType.USER, null, null, null, false), false)));
        api.failNext.put("setSdkTokenActive:u-2", () -> Failures.fail(Reason.CONNECTION_REFUSED,
                Operation.SWITCH_SDK_TOKEN));

        vm.runBulk(BulkAction.DISABLE);

        BulkRun run = vm.bulkRunProperty().get();
        assertThat(row(vm, "u-1").statusProperty().get()).as("the server's word on the token")
                .isEqualTo(TokenStatus.NO_TOKEN);
        assertThat(row(vm, "u-2").statusProperty().get()).as("a plain failure leaves the row's state")
                .isEqualTo(TokenStatus.ACTIVE);
        assertThat(row(vm, "u-5").statusProperty().get()).isEqualTo(TokenStatus.DISABLED);
        assertThat(run.results()).extracting(BulkResult::name, BulkResult::outcome).containsExactly(
                tuple("First1 Last", BulkResult.Outcome.FAILED), tuple("First2 Last", BulkResult.Outcome.FAILED),
                tuple("First5 Last", BulkResult.Outcome.DONE));
        assertThat(run.results().get(1).detail()).contains("Could not connect to the server");
        assertThat(dialogs.notices).containsExactly("Bulk action finished: 1 done, 2 failed.");
    }
}

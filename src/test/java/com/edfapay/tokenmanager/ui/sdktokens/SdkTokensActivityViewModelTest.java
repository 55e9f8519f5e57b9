package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.edfapay.tokenmanager.api.EdfaPayException.Operation;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
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
import com.edfapay.tokenmanager.ui.session.Session;
import com.edfapay.tokenmanager.ui.session.SessionActivity;
import com.edfapay.tokenmanager.ui.session.SessionEnd;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every action on the SDK Tokens tab writes exactly one activity entry, naming the user and never the token. */
class SdkTokensActivityViewModelTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ClipboardGuard clipboard = new ClipboardGuard(new FakeSystemClipboard(),
            (delay, action) -> tasks.schedule(delay, action)::cancel, () -> Duration.ofSeconds(30));
    private final MemoryActivityLog log = new MemoryActivityLog();
    private FakeEdfaPayApi api;
    private SdkTokensViewModel vm;

    @BeforeEach
    void setUp() {
        api = FakeEdfaPayApi.merchant();
        for (int i = 0; i < 4; i++) {
            String id = "u-" + i;
            api.users.add(new UserSummary(id, "user" + i, null, "First" + i, "Last", null, UserType.USER, "m-1",
                    "Merchant m-1", true));
            if (i > 0) {
                api.sdkTokens.put(id, new SdkToken(id, token(i), "m-1", UserType.USER, "t", "trsm", "dev", true));
            }
        }
        SessionActivity activity = new SessionActivity(log, Clock.systemUTC(), "Riyadh stores", "PRODUCTION",
                "MERCHANT");
        Session session = new Session("Riyadh stores", Environment.PRODUCTION, "https://app-api.edfapay.com", api,
                api.identity, Session.KeyFingerprint.of("edfa_x")).wiredTo(activity, SessionEnd.NONE);
        vm = new SdkTokensViewModel(session, null, tasks, messages, dialogs, clipboard, () -> { }, 4);
        vm.start();
        settle();
    }

    /** Lets every batched update reach the "table" (the fake clock moves on until nothing is scheduled). */
    private void settle() {
        for (int i = 0; i < 50 && tasks.scheduledCount() > 0; i++) {
            tasks.elapse(UpdateBatcher.INTERVAL);
        }
    }

    private static String token(int i) {
        return String.format("%064X", 7_000_000L + i);
    }

    private SdkTokenRow row(String userId) {
        return vm.rows().stream().filter(r -> !r.isPlaceholder() && r.userId().equals(userId)).findFirst()
                .orElseThrow();
    }

    @Test
    void eachSingleRowActionWritesOneEntry() {
        vm.selectedProperty().set(row("u-1"));
        vm.copySelected();
        vm.tokenRevealed();
        vm.toggleQr();
        vm.toggleQr(); // hiding the QR code is not an action
        vm.generateOrReplaceSelected();
        vm.toggleSelected();
        vm.toggleSelected();
        vm.selectedProperty().set(row("u-0"));
        vm.generateOrReplaceSelected();

        assertThat(log.read()).extracting(ActivityEntry::action, ActivityEntry::targetName, ActivityEntry::targetId,
                ActivityEntry::outcome).containsExactly(
                tuple(ActivityAction.COPY, "First1 Last", "u-1", ActivityOutcome.SUCCEEDED),
                tuple(ActivityAction.REVEAL, "First1 Last", "u-1", ActivityOutcome.SUCCEEDED),
                tuple(ActivityAction.QR_SHOWN, "First1 Last", "u-1", ActivityOutcome.SUCCEEDED),
                tuple(ActivityAction.REPLACE, "First1 Last", "u-1", ActivityOutcome.SUCCEEDED),
                tuple(ActivityAction.DISABLE, "First1 Last", "u-1", ActivityOutcome.SUCCEEDED),
                tuple(ActivityAction.ENABLE, "First1 Last", "u-1", ActivityOutcome.SUCCEEDED),
                tuple(ActivityAction.GENERATE, "First0 Last", "u-0", ActivityOutcome.SUCCEEDED));
        assertThat(log.read()).allSatisfy(entry -> {
            assertThat(entry.profile()).isEqualTo("Riyadh stores");
            assertThat(entry.environment()).isEqualTo("PRODUCTION");
            assertThat(entry.role()).isEqualTo("MERCHANT");
        });
        assertNoTokenIn(log.read());
    }

    @Test
    void aRefusedActionIsRecordedAsDeniedAndACancelledOneNotAtAll() {
        vm.selectedProperty().set(row("u-2"));
        dialogs.answer = false;
        vm.toggleSelected();
        assertThat(log.read()).isEmpty();

        dialogs.answer = true;
        api.failNext.put("setSdkTokenActive:u-2", () -> Failures.fail(Reason.FORBIDDEN, Operation.SWITCH_SDK_TOKEN,
                403, "FORBIDDEN", "nope"));
        vm.toggleSelected();
        assertThat(log.read()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(ActivityAction.DISABLE);
            assertThat(entry.outcome()).isEqualTo(ActivityOutcome.DENIED);
            assertThat(entry.detail()).isEqualTo("Forbidden");
        });
    }

    @Test
    void eachRowOfABulkRunWritesOneEntry() {
        vm.selection().setAll(row("u-0"), row("u-1"), row("u-2"), row("u-3"));
        api.failNext.put("setSdkTokenActive:u-2", () -> Failures.fail(Reason.SERVER_ERROR,
                Operation.SWITCH_SDK_TOKEN));
        vm.runBulk(BulkAction.DISABLE);

        assertThat(log.read()).extracting(ActivityEntry::action, ActivityEntry::targetId, ActivityEntry::outcome)
                .containsExactlyInAnyOrder(
                        tuple(ActivityAction.BULK_ROW, "u-0", ActivityOutcome.CANCELLED),
                        tuple(ActivityAction.BULK_ROW, "u-1", ActivityOutcome.SUCCEEDED),
                        tuple(ActivityAction.BULK_ROW, "u-2", ActivityOutcome.FAILED),
                        tuple(ActivityAction.BULK_ROW, "u-3", ActivityOutcome.SUCCEEDED));
        assertThat(log.read()).allSatisfy(entry -> assertThat(entry.detail()).startsWith("DISABLE"));
    }

    private void assertNoTokenIn(List<ActivityEntry> entries) {
        String all = entries.toString();
        for (int i = 0; i < 4; i++) {
            assertThat(all).doesNotContain(token(i));
        }
        api.sdkTokens.values().forEach(t -> {
            if (t.hasToken()) {
                assertThat(all).doesNotContain(t.token());
            }
        });
    }
}

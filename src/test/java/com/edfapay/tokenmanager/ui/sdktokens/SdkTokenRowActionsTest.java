package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.EdfaPayException.Operation;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.desktop.FakeSystemClipboard;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.Failures;
import com.edfapay.tokenmanager.ui.RecordingDialogs;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.session.SessionActivity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * One row's actions on their own: each change is reported (so what is known of the token stays current), an answer
 * from before a reload is dropped, a failure that knows the actual state shows it, and only a rejected key signs out.
 */
class SdkTokenRowActionsTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final FakeEdfaPayApi api = FakeEdfaPayApi.merchant();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final HeldToken held = new HeldToken(api, tasks);
    private final List<String> changed = new ArrayList<>();
    private long generation;
    private int keyRejections;
    private final SdkTokenRowActions actions = new SdkTokenRowActions(api, tasks, messages, dialogs,
            SdkTokensTestKit.clipboard(new FakeSystemClipboard(), tasks), () -> generation, () -> keyRejections++,
            held, row -> changed.add(row.userId() + " " + row.statusProperty().get()), SessionActivity.discarding());

    private SdkTokenRow row(String id, boolean withToken) {
        if (withToken) {
            api.sdkTokens.put(id, new SdkToken(id, "F".repeat(60) + "4321", "m-1", UserType.USER, null, null, null,
                    true));
        }
        SdkTokenRow row = new SdkTokenRow(new UserSummary(id, id, null, "First", id, null, UserType.USER, "m-1", "M",
                true), 0);
        row.apply(api.sdkTokens.getOrDefault(id, new SdkToken(id, null, null, null, null, null, null, false)));
        return row;
    }

    @Test
    void generateToggleAndRefreshEachReportTheRowTheyChanged() {
        SdkTokenRow fresh = row("n", false);
        SdkTokenRow active = row("a", true);
        held.select(fresh);

        actions.generateOrReplace(fresh);
        actions.toggle(active);
        api.sdkTokens.put("a", new SdkToken("a", "F".repeat(60) + "9999", "m-1", UserType.USER, null, null, null,
                true));
        actions.refresh(active);

        assertThat(changed).containsExactly("n ACTIVE", "a DISABLED", "a ACTIVE");
        assertThat(held.isHeld()).as("the selected row's new token is held").isTrue();
        assertThat(active.last4()).isEqualTo("9999");
        assertThat(dialogs.notices).containsExactly("New SDK token generated for First n.",
                "SDK token of First a disabled.");
    }

    @Test
    void anAnswerFromBeforeAReloadChangesNothing() {
        SdkTokenRow active = row("a", true);
        tasks.hold();
        actions.toggle(active);
        actions.refresh(row("b", true));

        generation++;
        tasks.release();

        assertThat(changed).isEmpty();
        assertThat(dialogs.notices).isEmpty();
        assertThat(active.statusProperty().get()).as("the server changed it; the reloaded table will show it")
                .isEqualTo(TokenStatus.ACTIVE);
        assertThat(active.busyProperty().get()).isFalse();
    }

    @Test
    void aFailureThatKnowsTheActualStateShowsItAndOnlyARejectedKeySignsOut() {
        SdkTokenRow active = row("a", true);
        api.failNext.put("setSdkTokenActive:a", () -> EdfaPayException.of(
                EdfaPayException.Details.of(Reason.STATE_DIFFERS, Operation.SWITCH_SDK_TOKEN)
                        .withActual(new SdkToken("a", null, "m-1", UserType.USER, null, null, null, false), false)));

        actions.toggle(active);

        assertThat(active.statusProperty().get()).as("the server says there is no token any more")
                .isEqualTo(TokenStatus.NO_TOKEN);
        assertThat(dialogs.errors).hasSize(1);
        assertThat(keyRejections).isZero();

        api.failNext.put("getSdkToken:a", () -> Failures.fail(Reason.SERVER_ERROR, Operation.READ_SDK_TOKEN));
        actions.refresh(active);
        assertThat(active.statusProperty().get()).isEqualTo(TokenStatus.STALE);
        assertThat(keyRejections).isZero();

        api.failNext.put("getSdkToken:a", FakeEdfaPayApi::unauthorized);
        actions.refresh(active);
        assertThat(keyRejections).isEqualTo(1);
        assertThat(dialogs.errors).hasSize(3);
        assertThat(changed).isEmpty();
    }
}

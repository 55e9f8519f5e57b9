package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.ActivityEntry;
import com.edfapay.tokenmanager.desktop.activity.ActivityOutcome;
import com.edfapay.tokenmanager.desktop.activity.MemoryActivityLog;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.common.DialogService;
import com.edfapay.tokenmanager.ui.common.ErrorMessages;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.session.SessionActivity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A bulk run and its plan on their own: the run's bound, the rows it tells about, a run with nothing to send, what
 * Cancel records; the preview's "and N more" line from the eleventh row on.
 */
class BulkRunTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final FakeEdfaPayApi api = FakeEdfaPayApi.merchant();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final MemoryActivityLog log = new MemoryActivityLog();
    private final SessionActivity activity = new SessionActivity(log, Clock.systemUTC(), "Riyadh", "PRODUCTION",
            "MERCHANT");
    private final List<String> changed = new ArrayList<>();
    private int finished;

    private SdkTokenRow active(String id) {
        api.sdkTokens.put(id, new SdkToken(id, "C".repeat(60) + "0000", "m-1", UserType.USER, null, null, null, true));
        SdkTokenRow row = new SdkTokenRow(new UserSummary(id, id, null, "First", id, null, UserType.USER, "m-1", "M",
                true), 0);
        row.apply(api.sdkTokens.get(id));
        return row;
    }

    private List<SdkTokenRow> active(int count) {
        return IntStream.range(0, count).mapToObj(i -> active("u-" + i)).toList();
    }

    private BulkRun run(List<SdkTokenRow> planned, List<SdkTokenRow> skipped, int limit) {
        return new BulkRun(BulkAction.DISABLE, planned, skipped, tasks, api, new ErrorMessages(messages), messages,
                limit, row -> changed.add(row.userId()), activity);
    }

    @Test
    void aRunWithNothingToSendEndsAtOnceWithItsSkippedRows() {
        SdkTokenRow disabled = active("d");
        disabled.apply(new KnownToken(TokenStatus.DISABLED, "0000", "", "", ""));
        BulkRun run = run(List.of(), List.of(disabled), 2);

        run.start(() -> finished++);

        assertThat(finished).as("the caller learns the run is over").isEqualTo(1);
        assertThat(run.runningProperty().get()).isFalse();
        assertThat(run.results()).extracting(BulkResult::outcome).containsExactly(BulkResult.Outcome.SKIPPED);
        assertThat(api.log).isEmpty();
    }

    @Test
    void eachChangedRowIsReportedAndTheRunEndsOnceWhenTheLastAnswerArrives() {
        List<SdkTokenRow> rows = active(5);
        BulkRun run = run(rows, List.of(), 2);
        tasks.hold();

        run.start(() -> finished++);

        assertThat(tasks.pending()).as("two calls on their way").isEqualTo(2);
        tasks.release();
        assertThat(changed).containsExactlyInAnyOrder("u-0", "u-1", "u-2", "u-3", "u-4");
        assertThat(run.doneProperty().get()).isEqualTo(5);
        assertThat(run.count(BulkResult.Outcome.DONE)).isEqualTo(5);
        assertThat(rows).extracting(r -> r.statusProperty().get()).containsOnly(TokenStatus.DISABLED);
        assertThat(rows).extracting(r -> r.busyProperty().get()).containsOnly(false);
        assertThat(finished).isEqualTo(1);
        assertThat(run.runningProperty().get()).isFalse();
    }

    @Test
    void cancelMarksAndRecordsEveryRowNotSentAndTheRunEndsWithTheLastAnswer() {
        List<SdkTokenRow> rows = active(4);
        BulkRun run = run(rows, List.of(), 1);
        tasks.hold();
        run.start(() -> finished++);

        run.cancel();
        assertThat(finished).as("one call still on its way").isZero();
        tasks.release();

        assertThat(api.log).containsExactly("setSdkTokenActive:u-0");
        assertThat(run.results()).extracting(BulkResult::name, BulkResult::outcome).containsExactlyInAnyOrder(
                tuple("First u-0", BulkResult.Outcome.DONE), tuple("First u-1", BulkResult.Outcome.CANCELLED),
                tuple("First u-2", BulkResult.Outcome.CANCELLED), tuple("First u-3", BulkResult.Outcome.CANCELLED));
        assertThat(log.read()).filteredOn(e -> e.outcome() == ActivityOutcome.CANCELLED)
                .extracting(ActivityEntry::action, ActivityEntry::targetId)
                .containsExactly(tuple(ActivityAction.BULK_ROW, "u-1"), tuple(ActivityAction.BULK_ROW, "u-2"),
                        tuple(ActivityAction.BULK_ROW, "u-3"));
        assertThat(finished).isEqualTo(1);
        assertThat(rows.get(1).statusProperty().get()).as("not sent, not changed").isEqualTo(TokenStatus.ACTIVE);

        run.cancel();
        assertThat(run.results()).as("cancelling an ended run adds nothing").hasSize(4);
        assertThat(finished).isEqualTo(1);
    }

    @Test
    void thePreviewListsUpToTenNamesAndCountsOnlyWhatIsLeftOver() {
        String ten = BulkPlan.of(BulkAction.DISABLE, active(10)).confirmation(messages).detail();
        String eleven = BulkPlan.of(BulkAction.DISABLE, active(11)).confirmation(messages).detail();

        assertThat(ten.lines().filter(line -> line.startsWith("\u2022 "))).hasSize(10);
        assertThat(ten).doesNotContain("more");
        assertThat(eleven.lines().filter(line -> line.startsWith("\u2022 "))).hasSize(10);
        assertThat(eleven).contains("\u2026 and 1 more");
    }

    @Test
    void thePlanSplitsTheSelectionIntoWhatChangesAndWhatIsSkipped() {
        List<SdkTokenRow> rows = new ArrayList<>(active(3));
        rows.get(1).apply(new KnownToken(TokenStatus.DISABLED, "0000", "", "", ""));

        BulkPlan plan = BulkPlan.of(BulkAction.DISABLE, rows);
        DialogService.Confirmation confirmation = plan.confirmation(messages);

        assertThat(plan.planned()).extracting(SdkTokenRow::userId).containsExactly("u-0", "u-2");
        assertThat(plan.skipped()).extracting(SdkTokenRow::userId).containsExactly("u-1");
        assertThat(confirmation.header()).isEqualTo("Disable 2 SDK tokens?");
        assertThat(confirmation.detail()).contains("1 selected rows are skipped");
        assertThat(confirmation.destructive()).isTrue();
        assertThat(BulkPlan.of(BulkAction.ENABLE, rows).confirmation(messages).destructive()).isFalse();
    }
}

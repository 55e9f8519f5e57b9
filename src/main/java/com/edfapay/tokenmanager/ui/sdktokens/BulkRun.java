package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.ActivityOutcome;
import com.edfapay.tokenmanager.ui.common.ErrorMessages;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import com.edfapay.tokenmanager.ui.session.SessionActivity;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Applies one action to many rows, a bounded number at a time. Every row gets a result line; one failure never
 * stops the rest, and cancelling marks what was not sent.
 */
public final class BulkRun {

    private final BulkAction action;
    private final TaskRunner tasks;
    private final EdfaPayApi api;
    private final ErrorMessages errors;
    private final Messages messages;
    private final int limit;
    private final java.util.function.Consumer<SdkTokenRow> changed;
    private final Deque<SdkTokenRow> queue;
    private final int total;
    private final ReadOnlyIntegerWrapper done = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ObservableList<BulkResult> results = FXCollections.observableArrayList();
    private final ObservableList<BulkResult> resultsView = FXCollections.unmodifiableObservableList(results);
    private int inFlight;
    private boolean cancelled;
    private Runnable onFinished = () -> { };
    private final SessionActivity activity;

    BulkRun(BulkAction action, List<SdkTokenRow> planned, List<SdkTokenRow> skipped, TaskRunner tasks,
            EdfaPayApi api, ErrorMessages errors, Messages messages, int limit,
            java.util.function.Consumer<SdkTokenRow> changed, SessionActivity activity) {
        this.changed = changed;
        this.activity = activity;
        this.action = action;
        this.tasks = tasks;
        this.api = api;
        this.errors = errors;
        this.messages = messages;
        this.limit = limit;
        this.queue = new ArrayDeque<>(planned);
        this.total = planned.size();
        skipped.forEach(row -> results.add(new BulkResult(row.displayName(), BulkResult.Outcome.SKIPPED,
                messages.get("bulk.skipped." + action.name()))));
        skipped.forEach(row -> activity.record(ActivityAction.BULK_ROW, row.displayName(), row.userId(),
                ActivityOutcome.CANCELLED, action.name() + " skipped"));
    }

    void start(Runnable whenFinished) {
        this.onFinished = whenFinished;
        running.set(true);
        pump();
        finishIfDone();
    }

    public void cancel() {
        if (!running.get()) {
            return;
        }
        cancelled = true;
        while (!queue.isEmpty()) {
            SdkTokenRow row = queue.removeFirst();
            results.add(new BulkResult(row.displayName(), BulkResult.Outcome.CANCELLED,
                    messages.get("bulk.cancelled")));
            activity.record(ActivityAction.BULK_ROW, row.displayName(), row.userId(), ActivityOutcome.CANCELLED,
                    action.name());
        }
        finishIfDone();
    }

    private void pump() {
        while (!cancelled && inFlight < limit && !queue.isEmpty()) {
            SdkTokenRow row = queue.removeFirst();
            inFlight++;
            row.setBusy(true);
            tasks.run(() -> apply(row), answer -> {
                row.apply(answer);
                changed.accept(row);
                activity.succeeded(ActivityAction.BULK_ROW, row.displayName(), row.userId(), action.name());
                complete(row, new BulkResult(row.displayName(), BulkResult.Outcome.DONE,
                        messages.get("bulk.done." + action.name())));
            }, failure -> {
                if (failure instanceof com.edfapay.tokenmanager.api.EdfaPayException.UnexpectedState state) {
                    state.actual().ifPresent(row::apply);
                }
                activity.failed(ActivityAction.BULK_ROW, row.displayName(), row.userId(), failure, action.name());
                complete(row, new BulkResult(row.displayName(), BulkResult.Outcome.FAILED,
                        errors.describe(failure)));
            });
        }
    }

    private SdkToken apply(SdkTokenRow row) {
        return switch (action) {
            case DISABLE -> api.setSdkTokenActive(row.userId(), false).token();
            case ENABLE -> api.setSdkTokenActive(row.userId(), true).token();
            case REPLACE -> api.generateSdkToken(row.userId());
        };
    }

    private void complete(SdkTokenRow row, BulkResult result) {
        row.setBusy(false);
        inFlight--;
        done.set(done.get() + 1);
        results.add(result);
        pump();
        finishIfDone();
    }

    private void finishIfDone() {
        if (running.get() && inFlight == 0 && queue.isEmpty()) {
            running.set(false);
            onFinished.run();
        }
    }

    public BulkAction action() { return action; }
    public int total() { return total; }
    public ReadOnlyIntegerProperty doneProperty() { return done.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ObservableList<BulkResult> results() { return resultsView; }

    public long count(BulkResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }
}

package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.ui.common.ErrorMessages;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Fills in each row's token with {@code GET sdk-token}: at most {@code limit} requests at a time, the rows on
 * screen first. EdfaPay has no list endpoint, so this is one request per user. Cancelling drops everything queued
 * and ignores answers still on their way.
 */
final class TokenFiller {

    interface Listener {
        void progress(int done, int total);

        void keyRejected(Throwable failure);
    }

    private final TaskRunner tasks;
    private final EdfaPayApi api;
    private final ErrorMessages errors;
    private final int limit;
    private final Listener listener;
    private final Deque<SdkTokenRow> queue = new ArrayDeque<>();
    /** Rows whose request is on its way, with the handle that cancels it (null until the runner returned one). */
    private final Map<SdkTokenRow, TaskRunner.Cancellable> inFlightRows = new HashMap<>();
    private int total;
    private int done;
    private boolean cancelled;

    TokenFiller(TaskRunner tasks, EdfaPayApi api, ErrorMessages errors, int limit, Listener listener) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.tasks = tasks;
        this.api = api;
        this.errors = errors;
        this.limit = limit;
        this.listener = listener;
    }

    void enqueue(List<SdkTokenRow> rows) {
        if (cancelled) {
            return;
        }
        queue.addAll(rows);
        total += rows.size();
        listener.progress(done, total);
        pump();
    }

    /** Moves these rows (those still waiting) to the front, in the given order. */
    void prioritize(List<SdkTokenRow> rows) {
        Set<SdkTokenRow> wanted = new LinkedHashSet<>(rows);
        wanted.retainAll(queue);
        if (wanted.isEmpty()) {
            return;
        }
        queue.removeAll(wanted);
        List<SdkTokenRow> front = new ArrayList<>(wanted);
        for (int i = front.size() - 1; i >= 0; i--) {
            queue.addFirst(front.get(i));
        }
    }

    void cancel() {
        cancelled = true;
        queue.clear();
        inFlightRows.values().stream().filter(Objects::nonNull).forEach(TaskRunner.Cancellable::cancel);
        inFlightRows.clear();
    }

    int inFlight() {
        return inFlightRows.size();
    }

    boolean isFinished() {
        return queue.isEmpty() && inFlightRows.isEmpty();
    }

    private void pump() {
        while (!cancelled && inFlightRows.size() < limit && !queue.isEmpty()) {
            start(queue.removeFirst());
        }
    }

    private void start(SdkTokenRow row) {
        inFlightRows.put(row, null);
        row.loading();
        TaskRunner.Cancellable handle = tasks.run(() -> api.getSdkToken(row.userId()),
                (SdkToken answer) -> finish(row, () -> row.apply(answer)),
                failure -> finish(row, () -> {
                    row.failed(errors.describe(failure));
                    if (ErrorMessages.isKeyRejected(failure)) {
                        listener.keyRejected(failure);
                    }
                }));
        inFlightRows.replace(row, handle);
    }

    private void finish(SdkTokenRow row, Runnable update) {
        if (cancelled) {
            return;
        }
        inFlightRows.remove(row);
        done++;
        update.run();
        listener.progress(done, total);
        pump();
    }
}

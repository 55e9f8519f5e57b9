package com.edfapay.tokenmanager.ui.sdktokens;

import static com.edfapay.tokenmanager.api.Strings.nullToEmpty;

import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.ui.common.ErrorMessages;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Fetch on sight: reads the token state of the rows the user can see (and a small margin), at most {@code limit}
 * at a time, nothing else. Each {@link #want} replaces the wish list, so rows that scrolled away before their turn
 * are never requested. Answers come back through the {@link UpdateBatcher}, so they reach the table in batches; all
 * state here lives on the UI thread. The token itself is read from each answer's last 4 and dropped.
 */
final class TokenFetcher {

    interface Listener {
        /** A row's state was read (or failed); {@code known} is null after a failure. */
        void fetched(SdkTokenRow row, @Nullable KnownToken known);

        void keyRejected();
    }

    private final TaskRunner tasks;
    private final UpdateBatcher batcher;
    private final EdfaPayApi api;
    private final ErrorMessages errors;
    private final int limit;
    private final Listener listener;
    private final TokenHeadStart headStart;
    private final Deque<SdkTokenRow> wanted = new ArrayDeque<>();
    private final Map<String, TaskRunner.Cancellable> inFlight = new HashMap<>();
    private boolean cancelled;
    private int requested;

    /** {@code headStart}: the load's first-screenful reads, whose users this leaves alone and counts in flight. */
    TokenFetcher(TaskRunner tasks, UpdateBatcher batcher, EdfaPayApi api, ErrorMessages errors, int limit,
                 Listener listener, TokenHeadStart headStart) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.tasks = tasks;
        this.batcher = batcher;
        this.api = api;
        this.errors = errors;
        this.limit = limit;
        this.listener = listener;
        this.headStart = headStart;
    }

    /** The rows to read now, most wanted first; rows already known or on their way are skipped. */
    void want(List<SdkTokenRow> rows) {
        if (cancelled) {
            return;
        }
        wanted.clear();
        for (SdkTokenRow row : rows) {
            if (!row.isPlaceholder() && row.statusProperty().get() == TokenStatus.LOADING
                    && !inFlight.containsKey(row.userId())) {
                wanted.add(row);
            }
        }
        pump();
    }

    void cancel() {
        cancelled = true;
        wanted.clear();
        // Requests not yet sent are never sent; answers of those on their way are dropped.
        inFlight.values().forEach(TaskRunner.Cancellable::cancel);
    }

    int inFlight() {
        return inFlight.size();
    }

    /** Token requests this fetcher has sent. */
    int requested() {
        return requested;
    }

    private void pump() {
        while (!cancelled && inFlight.size() + headStart.inFlight() < limit && !wanted.isEmpty()) {
            SdkTokenRow row = wanted.removeFirst();
            if (row.statusProperty().get() != TokenStatus.LOADING || inFlight.containsKey(row.userId())
                    || headStart.covers(row.userId())) {
                continue;
            }
            requested++;
            String userId = row.userId();
            inFlight.put(userId, tasks.runInBackground(() -> {
                try {
                    SdkToken answer = api.getSdkToken(userId);
                    KnownToken known = known(answer);
                    batcher.post(() -> finish(row, known, null));
                } catch (RuntimeException failure) {
                    batcher.post(() -> finish(row, null, failure));
                }
            }));
        }
    }

    static KnownToken known(SdkToken answer) {
        TokenStatus status = !answer.hasToken() ? TokenStatus.NO_TOKEN
                : answer.active() ? TokenStatus.ACTIVE : TokenStatus.DISABLED;
        return new KnownToken(status, answer.last4(), nullToEmpty(answer.trsm()), nullToEmpty(answer.terminalId()),
                nullToEmpty(answer.deviceId()));
    }

    private void finish(SdkTokenRow row, @Nullable KnownToken known, @Nullable Throwable failure) {
        inFlight.remove(row.userId());
        answered(row, known, failure);
    }

    /**
     * An answer for {@code row}, from this fetcher or from the load's {@link TokenHeadStart}: applied, worded and
     * reported the same way whoever sent the request; a rejected key stops every read.
     */
    void answered(SdkTokenRow row, @Nullable KnownToken known, @Nullable Throwable failure) {
        if (cancelled) {
            return;
        }
        if (known != null) {
            row.apply(known);
            listener.fetched(row, known);
        } else if (failure != null) {
            row.failed(errors.describe(failure));
            listener.fetched(row, null);
            if (ErrorMessages.isKeyRejected(failure)) {
                cancel();
                headStart.cancel();
                listener.keyRejected();
                return;
            }
        }
        pump();
    }
}

package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.sweep.SweepProgress;
import com.edfapay.tokenmanager.api.sweep.SweepResult;
import com.edfapay.tokenmanager.api.sweep.SweepSummary;
import com.edfapay.tokenmanager.api.sweep.TokenSweep;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * "Check every token" of one scope, for the tab: runs a {@link TokenSweep} in the background and brings its results
 * and progress to the UI thread through the {@link UpdateBatcher}. It remembers, per user, a slim copy of the user
 * (no e-mail, no phone) so a finished check can list the users of one status; never a token.
 */
final class TokenCheck {

    interface Listener {
        /** On the UI thread, in batches. */
        void result(SweepResult result);

        void progress(SweepProgress progress);

        void finished(SweepSummary summary);
    }

    private final UserQuery scope;
    /** The sweep, made in {@link #start} with the task runner's worker pool; null until then. */
    private final TokenSweep.Builder plan;
    private volatile @Nullable TokenSweep sweep;
    private final UpdateBatcher batcher;
    private final Listener listener;
    private final AtomicReference<SweepProgress> latest = new AtomicReference<>();
    private final AtomicBoolean progressPosted = new AtomicBoolean();
    /** Slim users in the order they were checked; written by sweep workers one at a time. */
    private final List<UserSummary> users = new ArrayList<>();
    private final Map<String, String> unitNames = new HashMap<>();
    private volatile boolean cancelled;
    private @Nullable SweepSummary summary;

    TokenCheck(EdfaPayApi api, UserQuery scope, int concurrency, UpdateBatcher batcher, Listener listener) {
        this.scope = scope;
        this.batcher = batcher;
        this.plan = TokenSweep.over(api, scope).concurrency(concurrency)
                .onResult(result -> {
                    synchronized (users) {
                        users.add(slim(result.user()));
                    }
                    batcher.post(() -> {
                        if (!cancelled) {
                            listener.result(result);
                        }
                    });
                })
                .onProgress(progress -> {
                    latest.set(progress);
                    if (progressPosted.compareAndSet(false, true)) {
                        batcher.post(() -> {
                            progressPosted.set(false);
                            SweepProgress now = latest.get();
                            if (!cancelled && now != null) {
                                listener.progress(now);
                            }
                        });
                    }
                });
        this.listener = listener;
    }

    void start(TaskRunner tasks) {
        TokenSweep running = plan.workers(threads -> tasks.workerPool("token-sweep", threads)).build();
        sweep = running;
        if (cancelled) {
            running.cancel(); // cancelled before it started: it runs, delivers nothing and ends at once
        }
        tasks.runInBackground(() -> {
            SweepSummary ended = running.run();
            batcher.post(() -> {
                summary = ended;
                if (!cancelled) {
                    SweepProgress last = latest.get();
                    if (last != null) {
                        listener.progress(last);
                    }
                    listener.finished(ended);
                }
            });
        });
    }

    void cancel() {
        cancelled = true;
        TokenSweep running = sweep;
        if (running != null) {
            running.cancel();
        }
    }

    UserQuery scope() {
        return scope;
    }

    /** Every user checked and delivered: a check cancelled before its last batch arrived is not complete. */
    boolean isComplete() {
        return !cancelled && summary != null && summary.outcome() == SweepSummary.Outcome.COMPLETED;
    }

    /** The checked users (sorted by username) whose id {@code keep} accepts; call once the check is complete. */
    List<UserSummary> users(java.util.function.Predicate<UserSummary> keep) {
        List<UserSummary> copy;
        synchronized (users) {
            copy = new ArrayList<>(users);
        }
        copy.removeIf(keep.negate());
        copy.sort(Comparator.comparing((UserSummary u) -> u.username() == null ? "" : u.username().toLowerCase(
                Locale.ROOT)).thenComparing(UserSummary::id));
        return copy;
    }

    /** Only what the table shows; the unit name is shared between the users of one unit. */
    private UserSummary slim(UserSummary user) {
        String unitName = user.businessUnitName();
        if (unitName != null && user.businessUnitId() != null) {
            unitName = unitNames.computeIfAbsent(user.businessUnitId(), id -> user.businessUnitName());
        }
        return new UserSummary(user.id(), user.username(), null, user.firstName(), user.lastName(), null,
                user.userType(), user.businessUnitId(), unitName, user.active());
    }
}

package com.edfapay.tokenmanager.ui.session;

import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.ActivityEntry;
import com.edfapay.tokenmanager.desktop.activity.ActivityLog;
import com.edfapay.tokenmanager.desktop.activity.ActivityOutcome;
import com.edfapay.tokenmanager.desktop.activity.MemoryActivityLog;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * Writes activity entries stamped with one session's profile, environment and role, so the tabs only say what
 * they did and to which target (name and id, never a token). Failures are recorded by their kind (the class of
 * the typed error), never with server text.
 */
public final class SessionActivity {

    private final ActivityLog log;
    private final Clock clock;
    private final String profile;
    private final String environment;
    private final String role;

    public SessionActivity(ActivityLog log, Clock clock, String profile, String environment, String role) {
        this.log = log;
        this.clock = clock;
        this.profile = profile;
        this.environment = environment;
        this.role = role;
    }

    /** Records nowhere that anyone reads; for sessions built by tests that do not look at the log. */
    public static SessionActivity discarding() {
        return new SessionActivity(new MemoryActivityLog(), Clock.systemUTC(), "", "", "");
    }

    public void succeeded(ActivityAction action, @Nullable String targetName, @Nullable String targetId) {
        record(action, targetName, targetId, ActivityOutcome.SUCCEEDED, "");
    }

    public void succeeded(ActivityAction action, @Nullable String targetName, @Nullable String targetId,
                          String detail) {
        record(action, targetName, targetId, ActivityOutcome.SUCCEEDED, detail);
    }

    public void failed(ActivityAction action, @Nullable String targetName, @Nullable String targetId,
                       Throwable failure) {
        failed(action, targetName, targetId, failure, "");
    }

    /** A failure: DENIED for a 401/403/404 answer, FAILED otherwise; the detail adds the error's kind. */
    public void failed(ActivityAction action, @Nullable String targetName, @Nullable String targetId,
                       Throwable failure, String detail) {
        String kind = failure.getClass().getSimpleName();
        record(action, targetName, targetId, outcomeOf(failure), detail.isEmpty() ? kind : detail + " " + kind);
    }

    public void record(ActivityAction action, @Nullable String targetName, @Nullable String targetId,
                       ActivityOutcome outcome, String detail) {
        log.record(ActivityEntry.of(clock.instant(), action).profile(profile, environment, role)
                .target(targetName, targetId).detail(detail).outcome(outcome));
    }

    static ActivityOutcome outcomeOf(Throwable failure) {
        if (failure instanceof EdfaPayException.Unauthorized || failure instanceof EdfaPayException.Forbidden
                || failure instanceof EdfaPayException.NotFound) {
            return ActivityOutcome.DENIED;
        }
        return ActivityOutcome.FAILED;
    }
}

package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.SdkTokenStatusChange;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;

/**
 * {@code sdk enable} and {@code sdk disable} set a target state, never a blind toggle: the client reads the token,
 * switches only when it differs, verifies the answer, and after a lost answer re-reads before reporting.
 */
abstract class SdkStatusRows extends SdkRows {

    private final boolean target;

    SdkStatusRows(Run run, boolean target) {
        super(run);
        this.target = target;
    }

    @Override
    String progressLabel() {
        return run.messages().get(target ? "progress.enabling" : "progress.disabling");
    }

    @Override
    ActivityAction activityAction() {
        return target ? ActivityAction.ENABLE : ActivityAction.DISABLE;
    }

    @Override
    RowResult row(Session session, String id) {
        if (dryRun) {
            SdkToken now = session.api().getSdkToken(id);
            if (!now.hasToken()) {
                throw new CliFailure(ExitCodes.REJECTED, "REJECTED", session.messages().get("sdk.noToken"));
            }
            return result(session, now, now.active() == target ? RowResult.Outcome.ALREADY_IN_STATE
                    : RowResult.Outcome.WOULD_CHANGE);
        }
        SdkTokenStatusChange change = session.api().setSdkTokenActive(id, target);
        RowResult.Outcome outcome = switch (change.outcome()) {
            case ALREADY_IN_STATE -> RowResult.Outcome.ALREADY_IN_STATE;
            case CHANGED -> RowResult.Outcome.CHANGED;
            case CHANGED_ANSWER_LOST -> RowResult.Outcome.CHANGED_ANSWER_LOST;
        };
        return result(session, change.token(), outcome);
    }
}

package com.edfapay.tokenmanager.api.sweep;

import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserSummary;
import org.jspecify.annotations.Nullable;

/**
 * What a sweep learned about one user's SDK token: its status and last 4 characters, never the token itself.
 *
 * @param failure why the token could not be read ({@link SweepStatus#FAILED} only)
 */
public record SweepResult(UserSummary user, SweepStatus status, String last4, @Nullable String terminalId,
                          @Nullable String trsm, @Nullable String deviceId, @Nullable EdfaPayException failure) {

    static SweepResult of(UserSummary user, SdkToken token) {
        SweepStatus status = !token.hasToken() ? SweepStatus.NO_TOKEN
                : token.active() ? SweepStatus.ACTIVE : SweepStatus.DISABLED;
        return new SweepResult(user, status, token.last4(), token.terminalId(), token.trsm(), token.deviceId(),
                null);
    }

    static SweepResult failed(UserSummary user, EdfaPayException failure) {
        return new SweepResult(user, SweepStatus.FAILED, "", null, null, null, failure);
    }

    @Override
    public String toString() {
        return "SweepResult[" + user.id() + ", " + status + (last4.isEmpty() ? "" : ", ****" + last4) + "]";
    }
}

package com.edfapay.tokenmanager.api;

import org.jspecify.annotations.Nullable;

/** A user's SDK token. {@code token} is null when the user has none. {@link #toString()} masks the token. */
public record SdkToken(String userId, @Nullable String token, @Nullable String businessUnitId,
                       @Nullable UserType userType, @Nullable String terminalId, @Nullable String trsm,
                       @Nullable String deviceId, boolean active) {

    public boolean hasToken() {
        return token != null && !token.isBlank();
    }

    /** The last 4 characters of the token, or "" when there is none. */
    public String last4() {
        String t = token;
        if (t == null || t.isBlank()) {
            return "";
        }
        return Strings.last4(t);
    }

    @Override
    public String toString() {
        return "SdkToken[userId=" + userId + ", token=" + (hasToken() ? "****" + last4() : "none")
                + ", businessUnitId=" + businessUnitId + ", userType=" + userType + ", terminalId=" + terminalId
                + ", trsm=" + trsm + ", deviceId=" + deviceId + ", active=" + active + "]";
    }
}

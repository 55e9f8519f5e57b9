package com.edfapay.tokenmanager.api;

/** A user's SDK token. {@code token} is null when the user has none. {@link #toString()} masks the token. */
public record SdkToken(String userId, String token, String businessUnitId, UserType userType, String terminalId,
                       String trsm, String deviceId, boolean active) {

    public boolean hasToken() {
        return token != null && !token.isBlank();
    }

    /** The last 4 characters of the token, or "" when there is none. */
    public String last4() {
        if (!hasToken()) {
            return "";
        }
        return token.length() <= 4 ? token : token.substring(token.length() - 4);
    }

    @Override
    public String toString() {
        return "SdkToken[userId=" + userId + ", token=" + (hasToken() ? "****" + last4() : "none")
                + ", businessUnitId=" + businessUnitId + ", userType=" + userType + ", terminalId=" + terminalId
                + ", trsm=" + trsm + ", deviceId=" + deviceId + ", active=" + active + "]";
    }
}

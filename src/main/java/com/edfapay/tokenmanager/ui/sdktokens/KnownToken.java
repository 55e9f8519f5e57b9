package com.edfapay.tokenmanager.ui.sdktokens;

/**
 * What was last read of a user's SDK token, without the token: kept per user id while a scope is open, so a row
 * that scrolls away and back (or a page loaded after "Check every token") shows it without asking again.
 */
record KnownToken(TokenStatus status, String last4, String trsm, String terminalId, String deviceId) {
}

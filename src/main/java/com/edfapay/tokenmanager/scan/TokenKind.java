package com.edfapay.tokenmanager.scan;

/** The two EdfaPay credentials the leak check looks for; their shapes are in {@link TokenPatterns}. */
public enum TokenKind {
    /** A server-to-server {@code X-API-KEY}: {@code edfa_} followed by 40 base62 characters. */
    API_TOKEN,
    /** A device's SDK token: 64 hexadecimal characters. */
    SDK_TOKEN
}

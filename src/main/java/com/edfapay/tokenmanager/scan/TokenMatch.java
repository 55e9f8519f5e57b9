package com.edfapay.tokenmanager.scan;

/**
 * A token-shaped value found in some content, as the scanner keeps it: its kind, line, the characters every token
 * list shows anyway (prefix and last 4), and the SHA-256 of the whole value for comparison. The value itself is
 * never kept.
 */
public record TokenMatch(TokenKind kind, int line, String prefix, String last4, String sha256) {

    public String masked() {
        return TokenPatterns.mask(prefix, last4);
    }
}

package com.edfapay.tokenmanager.scan;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One exposed token-shaped value: where it is (path relative to the scanned folder, 1-based line; for history also
 * the commit that introduced it) and what the app may show of it. The value itself is not kept: only the prefix and
 * last 4 that token lists show anyway, and its SHA-256, held in memory to classify it and never written anywhere.
 */
public record Finding(TokenKind kind, String path, int line, @Nullable CommitInfo commit, String prefix,
                      String last4, String sha256) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(last4, "last4");
        Objects.requireNonNull(sha256, "sha256");
    }

    static Finding of(TokenMatch match, String path, @Nullable CommitInfo commit) {
        return new Finding(match.kind(), path, match.line(), commit, match.prefix(), match.last4(), match.sha256());
    }

    /** {@code edfa_Ab12…wXyZ}. */
    public String masked() {
        return TokenPatterns.mask(prefix, last4);
    }

    /** True for a finding in a commit of the history rather than in the folder as it is now. */
    public boolean inHistory() {
        return commit != null;
    }

    @Override
    public String toString() {
        return "Finding[" + kind + " " + masked() + " at " + path + ":" + line
                + (commit == null ? "" : " in " + commit.shortId()) + "]";
    }
}

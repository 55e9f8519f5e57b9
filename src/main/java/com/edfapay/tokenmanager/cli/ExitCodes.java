package com.edfapay.tokenmanager.cli;

/**
 * The exit codes of {@code edfapay-tokens}, documented in {@code docs/cli.md}. They are part of the stable interface:
 * scripts branch on them, so a value never changes meaning.
 */
public final class ExitCodes {

    /** Everything asked was done (or, with {@code --dry-run}, checked). */
    public static final int OK = 0;
    /** An unexpected failure inside the tool, or a local file that could not be written. */
    public static final int FAILURE = 1;
    /** The command line is wrong: unknown option, missing argument, a key given as an argument, bad server address. */
    public static final int USAGE = 2;
    /** No API key, a key file that others may read, or a key the server rejects (HTTP 401). */
    public static final int AUTHENTICATION = 3;
    /** The target does not exist, is outside the key's scope, the key may not do this, or the server lacks it. */
    public static final int NOT_FOUND_OR_FORBIDDEN = 4;
    /** The server failed (5xx), throttled (429), timed out, could not be reached, or answered nonsense. */
    public static final int SERVER_OR_NETWORK = 5;
    /** A bulk run where some rows succeeded and others failed (or rows failed for different reasons). */
    public static final int PARTIAL_FAILURE = 6;
    /** The server refused the request as invalid (HTTP 400/409/422) or the state changed under us. */
    public static final int REJECTED = 7;
    /** {@code scan}: an active token of the key's scope is exposed in the folder or its history. */
    public static final int EXPOSED = 8;
    /** {@code scan}: token-shaped values were found that could not be checked (no key), none known to be active. */
    public static final int UNCHECKED = 9;

    private ExitCodes() {
    }
}

package com.edfapay.tokenmanager.api.internal;

import com.edfapay.tokenmanager.api.EdfaPayException.Operation;

/**
 * One operation of the API and what the client expects of its answers.
 *
 * @param documented true for endpoints EdfaPay documents (404 = not found / out of scope); false for endpoints this
 *                   project defines (404 = this server does not offer it)
 * @param operation  what the client is doing, for the error the UI words
 * @param maxBytes   the largest answer this endpoint can legitimately give; a bigger one is refused unread, so that
 *                   many answers in flight at once stay small (see docs/decisions/0053-response-size-caps.md)
 */
public record Endpoint(boolean documented, Operation operation, long maxBytes) {

    /** One SDK token or one identity: a few hundred bytes; 64 KiB leaves room for verbose servers. */
    public static final long SMALL = 64L * 1024;
    /** A search page of up to 500 elements of about 1 KiB each. */
    public static final long PAGE = 4L * 1024 * 1024;
    /** Every API token of a partner's scope, about 500 bytes each. */
    public static final long LIST = 16L * 1024 * 1024;

    public static Endpoint documented(Operation operation, long maxBytes) {
        return new Endpoint(true, operation, maxBytes);
    }

    public static Endpoint projectDefined(Operation operation, long maxBytes) {
        return new Endpoint(false, operation, maxBytes);
    }
}

package com.edfapay.tokenmanager.api.internal;

/**
 * Where an endpoint comes from, which decides what a 404 means.
 *
 * @param documented true for endpoints EdfaPay documents (404 = not found / out of scope); false for endpoints this
 *                   project defines (404 = this server does not offer it)
 * @param what       clerk-readable name of the operation, e.g. "API token management"
 */
public record Endpoint(boolean documented, String what) {

    public static Endpoint documented(String what) {
        return new Endpoint(true, what);
    }

    public static Endpoint projectDefined(String what) {
        return new Endpoint(false, what);
    }
}

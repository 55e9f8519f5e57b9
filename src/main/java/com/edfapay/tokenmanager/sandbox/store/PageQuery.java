package com.edfapay.tokenmanager.sandbox.store;

/**
 * One page of a search: zero-based page number, page size and an already validated ORDER BY expression
 * (built from a whitelist, never from raw input).
 */
public record PageQuery(int pageNumber, int pageSize, String orderBy) {

    public long offset() {
        return (long) pageNumber * pageSize;
    }
}

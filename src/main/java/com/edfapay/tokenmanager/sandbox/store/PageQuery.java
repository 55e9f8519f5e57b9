package com.edfapay.tokenmanager.sandbox.store;

import org.jspecify.annotations.Nullable;

/**
 * One page of a search: zero-based page number, page size and an already validated ORDER BY expression
 * (built from a whitelist, never from raw input). {@code indexed} is set when the sort column has an index of its
 * own that a large result may be read through instead of sorted.
 */
public record PageQuery(int pageNumber, int pageSize, String orderBy, @Nullable IndexedOrder indexed) {

    public PageQuery(int pageNumber, int pageSize, String orderBy) {
        this(pageNumber, pageSize, orderBy, null);
    }

    public long offset() {
        return (long) pageNumber * pageSize;
    }

    /**
     * An index whose order is {@code forward} (the page's ORDER BY, over columns that are never null) and, read
     * backwards, {@code backward}: so a page near the end is read from the end.
     */
    public record IndexedOrder(String index, String forward, String backward) {
    }
}

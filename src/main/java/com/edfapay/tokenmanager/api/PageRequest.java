package com.edfapay.tokenmanager.api;

import org.jspecify.annotations.Nullable;

/** Zero-based page request. {@code sortBy} and {@code sortDirection} may be null (server default). */
public record PageRequest(int pageNumber, int pageSize, @Nullable String sortBy,
                          @Nullable SortDirection sortDirection) {

    public PageRequest {
        if (pageNumber < 0) {
            throw new IllegalArgumentException("pageNumber must be >= 0");
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be >= 1");
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, null, null);
    }

    public PageRequest next() {
        return new PageRequest(pageNumber + 1, pageSize, sortBy, sortDirection);
    }

    public PageRequest withPageNumber(int n) {
        return new PageRequest(n, pageSize, sortBy, sortDirection);
    }
}

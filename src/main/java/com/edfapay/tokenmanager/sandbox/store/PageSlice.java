package com.edfapay.tokenmanager.sandbox.store;

import java.util.List;
import java.util.function.Function;

/** The rows of one page plus the total number of matching rows. */
public record PageSlice<T>(List<T> content, long totalElements) {

    public <R> PageSlice<R> map(Function<T, R> mapper) {
        return new PageSlice<>(content.stream().map(mapper).toList(), totalElements);
    }
}

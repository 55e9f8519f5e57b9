package com.edfapay.tokenmanager.sandbox.http;

import com.edfapay.tokenmanager.sandbox.store.PageQuery;
import com.edfapay.tokenmanager.sandbox.store.PageSlice;
import java.util.List;

/** A Spring-style page, the {@code data} of every search endpoint. */
public record Page<T>(List<T> content, long totalElements, int totalPages, int number, int size,
                      int numberOfElements, boolean first, boolean last, boolean empty) {

    public static <T> Page<T> of(PageSlice<T> slice, PageQuery query) {
        int size = query.pageSize();
        int totalPages = (int) ((slice.totalElements() + size - 1) / size);
        int number = query.pageNumber();
        return new Page<>(slice.content(), slice.totalElements(), totalPages, number, size, slice.content().size(),
                number == 0, number >= totalPages - 1, slice.content().isEmpty());
    }
}

package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.api.Page;
import com.edfapay.tokenmanager.api.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads search pages until {@code limit} items, the last page, or the page count the server announced. */
final class Paging {

    static final int PAGE_SIZE = 200;
    static final int MAX_ITEMS = 100_000;

    private Paging() {
    }

    record Result<T>(List<T> items, long totalElements, boolean truncated) {
    }

    static <T> Result<T> read(int limit, Function<PageRequest, Page<T>> fetch) {
        int wanted = limit <= 0 ? MAX_ITEMS : Math.min(limit, MAX_ITEMS);
        List<T> items = new ArrayList<>();
        PageRequest request = PageRequest.first(Math.min(PAGE_SIZE, wanted));
        long total = 0;
        int pagesAnnounced = Integer.MAX_VALUE;
        for (int pageNumber = 0; pageNumber < pagesAnnounced; pageNumber++) {
            Page<T> page = fetch.apply(request.withPageNumber(pageNumber));
            total = Math.max(total, page.totalElements());
            pagesAnnounced = Math.max(1, page.totalPages());
            for (T item : page.content()) {
                if (items.size() < wanted) {
                    items.add(item);
                }
            }
            if (page.last() || page.isEmpty() || items.size() >= wanted) {
                break;
            }
        }
        return new Result<>(List.copyOf(items), Math.max(total, items.size()), total > items.size());
    }
}

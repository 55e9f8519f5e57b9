package com.edfapay.tokenmanager.api;

import java.util.List;

public record Page<T>(List<T> content, long totalElements, int totalPages, int number, int size, boolean last) {

    public Page {
        content = content == null ? List.of() : List.copyOf(content);
    }

    public boolean isEmpty() {
        return content.isEmpty();
    }
}

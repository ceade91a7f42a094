package com.parkops.registry;

import java.util.List;

/** One page of enterprises; {@code number} counts from 0. */
public record EnterprisePage(List<Enterprise> content, int number, int size, long totalElements) {

    public EnterprisePage {
        content = List.copyOf(content);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }
}

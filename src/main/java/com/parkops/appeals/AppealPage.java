package com.parkops.appeals;

import java.util.List;

/** One page of appeals, newest first; {@code number} counts from 0. */
public record AppealPage(List<AppealSummary> items, int number, int size, long totalElements) {

    public AppealPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }
}

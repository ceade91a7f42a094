package com.parkops.investment;

import java.util.List;

/** One page of projects; {@code number} counts from 0. */
public record ProjectPage(List<ProjectView> items, int number, int size, long totalElements) {

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }
}

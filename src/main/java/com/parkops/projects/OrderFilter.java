package com.parkops.projects;

import java.util.UUID;

/** Which supervision orders to list; null = any. {@code overdue} true keeps only overdue ones. */
public record OrderFilter(UUID departmentId, OrderState state, Boolean overdue) {

    public static OrderFilter any() {
        return new OrderFilter(null, null, null);
    }
}

package com.parkops.evaluation;

/**
 * How an enterprise of a grade is served when land, energy-use or emission quotas are allocated
 * (差别化政策): 优先保障, 正常, 限制.
 */
public enum Priority {
    PRIORITY,
    NORMAL,
    RESTRICTED
}

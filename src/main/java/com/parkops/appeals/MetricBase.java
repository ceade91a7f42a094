package com.parkops.appeals;

/** What a resolution rate is divided by (a zone setting, see {@link MetricDefinitions}). */
public enum MetricBase {
    /** 应办结: the cases closed in the period plus those overdue at its end. */
    DUE,
    /** 已办结: the cases closed in the period. */
    CLOSED
}

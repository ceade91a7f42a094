package com.parkops.indicators;

/** How an indicator accumulates over the months of a year. */
public enum IndicatorKind {
    /** Summed over months: the year-to-date value is the cumulative total (产值, 税金 …). */
    FLOW,
    /** A level averaged over months: the year-to-date value is the mean of the months (从业人员平均人数). */
    AVERAGE
}

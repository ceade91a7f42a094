package com.parkops.indicators;

/** The year-on-year verdict when a percentage is, or is not, meaningful. */
public enum GrowthStatus {
    /** Comparable prior &gt; 0 and current ≥ 0: the percentage is given. */
    GROWTH,
    /** 扭亏为盈: prior &lt; 0 ≤ current. */
    TURN_PROFIT,
    /** 减亏: both &lt; 0, the loss is smaller. */
    LOSS_NARROWED,
    /** 增亏: both &lt; 0, the loss is the same or larger. */
    LOSS_WIDENED,
    /** 由盈转亏: prior &gt; 0 &gt; current. */
    TURN_LOSS,
    /** 无可比基数: prior = 0, or no enterprise reported in both years. */
    NO_BASE
}

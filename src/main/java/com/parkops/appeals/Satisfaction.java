package com.parkops.appeals;

/** The enterprise's verdict at the revisit; which ones count as satisfied is configured per zone. */
public enum Satisfaction {
    /** 满意 */
    SATISFIED,
    /** 基本满意 */
    BASICALLY_SATISFIED,
    /** 一般 */
    NEUTRAL,
    /** 不满意 */
    DISSATISFIED
}

package com.parkops.appeals;

/**
 * Time left until a deadline, in working days of the zone: "剩 2 个工作日", "今日到期" or "超期 3
 * 个工作日" (0 working days overdue = late on the deadline's own day).
 */
public record Countdown(Kind kind, int workingDays) {

    public enum Kind {
        REMAINING,
        DUE_TODAY,
        OVERDUE
    }

    public boolean overdue() {
        return kind == Kind.OVERDUE;
    }
}

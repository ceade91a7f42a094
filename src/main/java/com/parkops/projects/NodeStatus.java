package com.parkops.projects;

/**
 * Where a node (or a project: its worst open node) stands on a given day. A done node is {@link
 * #DONE} when its actual date is on or before the planned one, else {@link #DONE_LATE}. An open
 * node is {@link #GREEN} while its planned date lies more than N days ahead, {@link #YELLOW} when
 * it is due within N days (today included), {@link #RED} once overdue. A project with no open
 * node is {@link #DONE}.
 */
public enum NodeStatus {
    DONE,
    DONE_LATE,
    GREEN,
    YELLOW,
    RED;

    /** The colour shown: green, yellow or red (a late completion shows as done, in grey). */
    public String colour() {
        return switch (this) {
            case DONE, GREEN -> "green";
            case DONE_LATE -> "grey";
            case YELLOW -> "yellow";
            case RED -> "red";
        };
    }

    public boolean open() {
        return this == GREEN || this == YELLOW || this == RED;
    }
}

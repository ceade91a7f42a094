package com.parkops.appeals;

/** The two reverse incentives a department can be given for a quarter. */
public enum AwardKind {
    /** 蜗牛奖: slow handling — overdue steps, ignored reminders, slipped project nodes. */
    SNAIL,
    /** 踢皮球奖: passing the buck — unjustified returns, cases passed around, frequent re-dispatch. */
    BALL
}

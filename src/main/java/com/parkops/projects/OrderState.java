package com.parkops.projects;

/** A supervision order's state: issued (awaiting the reply), replied (awaiting 销号), closed. */
public enum OrderState {
    ISSUED,
    REPLIED,
    CLOSED
}

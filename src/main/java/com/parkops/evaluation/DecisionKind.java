package com.parkops.evaluation;

/**
 * What staff decided for an enterprise: a veto item (一票否决, forces D), a manual adjustment
 * (调档, one grade up or down) or a manually applied bonus or penalty item.
 */
public enum DecisionKind {
    VETO,
    ADJUST,
    ITEM
}

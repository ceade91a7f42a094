package com.parkops.evaluation.domain;

import java.util.Set;

/**
 * What staff decided for one enterprise in a run, applied on top of its computed grade.
 *
 * @param vetoCode the veto item applied (forces grade D), or null
 * @param adjustment the manual adjustment (调档) in grade steps: +1 one grade better, −1 one grade
 *     worse, 0 none
 * @param manualItems codes of the pool's bonus and penalty items staff applied
 */
record Actions(String vetoCode, int adjustment, Set<String> manualItems) {

    static final Actions NONE = new Actions(null, 0, Set.of());

    Actions {
        manualItems = Set.copyOf(manualItems);
    }
}

package com.parkops.evaluation.web;

import java.math.BigDecimal;

/**
 * A bonus or penalty item that applied to a result.
 *
 * @param bonus true for a bonus (加分), false for a penalty (减分)
 * @param points the points it adds or takes off, 2 decimals, always positive
 * @param automatic whether it applied by a registry qualification rather than a staff decision
 */
record ResultItemRow(String code, String name, boolean bonus, BigDecimal points, boolean automatic) {}

package com.parkops.evaluation;

import java.time.Instant;
import java.util.UUID;

/**
 * A staff decision on one enterprise in a draft run, applied on top of its computed grade.
 *
 * @param code the veto item (VETO) or the bonus/penalty item (ITEM); null for ADJUST
 * @param steps for ADJUST: +1 one grade better, −1 one grade worse; 0 otherwise
 * @param approver who approved it (审批人), as written by staff
 * @param decidedBy the user who recorded it
 */
public record Decision(
        UUID id,
        UUID runId,
        UUID enterpriseId,
        String creditCode,
        DecisionKind kind,
        String code,
        int steps,
        String reason,
        String approver,
        String decidedBy,
        Instant decidedAt) {}

package com.parkops.projects.web;

import com.parkops.projects.LandDecision;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A decision on a request: {@code approve} true with the approved mu, or false with the reason.
 * The API's approve and reject calls set {@code approve} from their path.
 */
record LandDecisionForm(
        Integer version, Boolean approve, BigDecimal approvedMu, String reason, String approver, LocalDate decidedOn) {

    LandDecision toDecision(boolean approving) {
        return approving
                ? new LandDecision(approvedMu, null, approver, decidedOn)
                : new LandDecision(null, reason, approver, decidedOn);
    }
}

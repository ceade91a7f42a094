package com.parkops.appeals.web;

import com.parkops.appeals.AwardKind;
import java.util.UUID;

/**
 * A decision on one candidate from the awards page: {@code decision} CONFIRM or DISMISS; the
 * department is checked against the quarter's candidates by the service.
 */
record AwardDecisionForm(
        AwardKind award, UUID departmentId, Integer year, Integer quarter, String note, String decision) {

    boolean confirm() {
        return !"DISMISS".equals(decision);
    }
}

package com.parkops.appeals;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The input of one workflow action; each action reads only its own fields.
 *
 * @param departmentId DISPATCH, REDISPATCH, APPROVE_RETURN: the department to go to
 * @param text the reason (REQUEST_RETURN, REJECT_RETURN, REQUEST_EXTENSION, REJECT_EXTENSION,
 *     REOPEN: required), the note (NOTE: required), the result (REPLY: required), or a comment
 * @param days REQUEST_EXTENSION: working days asked for
 * @param resolved REPLY, CLOSE: whether it is resolved
 * @param satisfaction REVISIT: the enterprise's verdict
 * @param masterId MERGE: the appeal this one duplicates
 * @param version the version the caller read; null = do not check
 */
public record ActionRequest(
        UUID departmentId,
        String text,
        Integer days,
        Boolean resolved,
        Satisfaction satisfaction,
        UUID masterId,
        Integer workersInvolved,
        BigDecimal amountOwed,
        BigDecimal amountRecovered,
        Integer version) {

    public static ActionRequest empty() {
        return new ActionRequest(null, null, null, null, null, null, null, null, null, null);
    }
}

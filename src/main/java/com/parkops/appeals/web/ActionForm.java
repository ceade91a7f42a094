package com.parkops.appeals.web;

import com.parkops.appeals.ActionRequest;
import com.parkops.appeals.Satisfaction;
import java.math.BigDecimal;
import java.util.UUID;

/** One action form on a case page; each action reads only its own fields. */
record ActionForm(
        String text,
        UUID departmentId,
        Integer days,
        Boolean resolved,
        Satisfaction satisfaction,
        UUID masterId,
        String masterCase,
        Integer workersInvolved,
        BigDecimal amountOwed,
        BigDecimal amountRecovered,
        Integer version) {

    ActionRequest toRequest(UUID master) {
        return new ActionRequest(
                departmentId,
                text,
                days,
                resolved,
                satisfaction,
                master,
                workersInvolved,
                amountOwed,
                amountRecovered,
                version);
    }
}

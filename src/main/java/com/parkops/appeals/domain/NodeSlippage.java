package com.parkops.appeals.domain;

import com.parkops.appeals.AwardEvidence;
import java.time.LocalDate;
import java.util.UUID;

/** The worst slippage heard of one project node ({@code appeals.node_slippage}). */
record NodeSlippage(
        UUID nodeId,
        UUID projectId,
        String projectCode,
        String projectName,
        String nodeName,
        UUID departmentId,
        LocalDate plannedOn,
        LocalDate observedOn,
        int daysLate) {

    AwardEvidence evidence() {
        return new AwardEvidence(
                null,
                null,
                null,
                daysLate,
                null,
                null,
                null,
                null,
                projectCode,
                projectName,
                nodeName,
                plannedOn,
                observedOn);
    }
}

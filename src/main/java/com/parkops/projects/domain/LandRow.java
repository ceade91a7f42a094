package com.parkops.projects.domain;

import com.parkops.projects.LandAllocation;
import com.parkops.projects.LandState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A stored land-quota request with its allocations, before the project's name is added. */
record LandRow(
        UUID id,
        UUID projectId,
        BigDecimal requestedMu,
        String purpose,
        LocalDate requestedOn,
        String requestedBy,
        LandState state,
        BigDecimal approvedMu,
        String approver,
        LocalDate decidedOn,
        String rejectionReason,
        int version,
        List<LandAllocation> allocations) {

    BigDecimal allocatedMu() {
        return allocations.stream().map(LandAllocation::mu).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    LandQuota quota() {
        return new LandQuota(state, requestedMu, approvedMu, allocatedMu());
    }

    LandRow withAllocations(List<LandAllocation> found) {
        return new LandRow(
                id,
                projectId,
                requestedMu,
                purpose,
                requestedOn,
                requestedBy,
                state,
                approvedMu,
                approver,
                decidedOn,
                rejectionReason,
                version,
                found);
    }
}

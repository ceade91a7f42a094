package com.parkops.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A land-quota request with its decision and allocations. Areas are in mu with 2 decimals;
 * {@code allocatedMu} is the sum of the allocations, {@code remainingMu} what is left of the
 * approved quota (null until approved). {@code version} guards every change.
 */
public record LandRequest(
        UUID id,
        UUID projectId,
        String projectCode,
        String projectName,
        BigDecimal requestedMu,
        String purpose,
        LocalDate requestedOn,
        String requestedBy,
        LandState state,
        BigDecimal approvedMu,
        String approver,
        LocalDate decidedOn,
        String rejectionReason,
        BigDecimal allocatedMu,
        BigDecimal remainingMu,
        int version,
        List<LandAllocation> allocations) {

    public LandRequest {
        allocations = List.copyOf(allocations);
    }
}

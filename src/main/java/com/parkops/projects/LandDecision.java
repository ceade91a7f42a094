package com.parkops.projects;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The answer to a land-quota request: an approval of {@code approvedMu} (more than 0, at most the
 * requested mu), or a rejection with its {@code reason} (then {@code approvedMu} is null).
 *
 * @param approver the approving authority or person (e.g. 市自然资源和规划局)
 */
public record LandDecision(BigDecimal approvedMu, String reason, String approver, LocalDate decidedOn) {}

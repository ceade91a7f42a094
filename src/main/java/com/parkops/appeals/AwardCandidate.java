package com.parkops.appeals;

import java.util.List;
import java.util.UUID;

/**
 * A department that met at least one rule of an award in the quarter.
 *
 * @param decision the committee's decision on it so far, null when undecided
 */
public record AwardCandidate(
        AwardKind award, UUID departmentId, String departmentName, List<AwardRuleHit> hits, AwardDecision decision) {

    public AwardCandidate {
        hits = List.copyOf(hits);
    }

    /** The case numbers behind the hits, each once, in order. */
    public List<String> caseNumbers() {
        return hits.stream()
                .flatMap(h -> h.evidence().stream())
                .map(AwardEvidence::caseNumber)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }
}

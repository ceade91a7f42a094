package com.parkops.projects.web;

import com.parkops.projects.LandRequest;
import com.parkops.projects.LandRequestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A land-quota request as entered on the page or sent to the API; {@code version} for edits. */
record LandRequestForm(
        Integer version, UUID projectId, BigDecimal mu, String purpose, LocalDate requestedOn, String requestedBy) {

    static LandRequestForm empty(LocalDate today) {
        return new LandRequestForm(null, null, null, "", today, "");
    }

    static LandRequestForm of(LandRequest request) {
        return new LandRequestForm(
                request.version(),
                request.projectId(),
                request.requestedMu(),
                request.purpose(),
                request.requestedOn(),
                request.requestedBy());
    }

    LandRequestData toData() {
        return new LandRequestData(projectId, mu, purpose, requestedOn, requestedBy);
    }
}

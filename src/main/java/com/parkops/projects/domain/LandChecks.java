package com.parkops.projects.domain;

import com.parkops.investment.InvestmentProjects;
import com.parkops.projects.LandAllocationData;
import com.parkops.projects.LandDecision;
import com.parkops.projects.LandRequestData;
import com.parkops.shared.InputError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Field checks of land-quota input; each method returns every problem it finds. */
@Component
class LandChecks {

    static final int TEXT_MAX = 200;
    private static final BigDecimal MU_MAX = new BigDecimal("9999999999.99");

    private final InvestmentProjects projects;
    private final LandMessages messages;

    LandChecks(InvestmentProjects projects, LandMessages messages) {
        this.projects = projects;
        this.messages = messages;
    }

    List<InputError> request(UUID zoneId, LandRequestData data, LocalDate today) {
        List<InputError> errors = new ArrayList<>();
        if (data.projectId() == null) {
            errors.add(messages.error("projectId", "land.error.required"));
        } else if (projects.find(zoneId, data.projectId()).isEmpty()) {
            errors.add(messages.error("projectId", "land.error.unknownProject"));
        }
        mu("mu", data.mu(), errors);
        text("purpose", data.purpose(), true, errors);
        text("requestedBy", data.requestedBy(), true, errors);
        date("requestedOn", data.requestedOn(), null, today, errors);
        return errors;
    }

    List<InputError> decision(LandDecision decision, LandRow row, LocalDate today) {
        List<InputError> errors = new ArrayList<>();
        if (decision.approvedMu() == null) {
            text("reason", decision.reason(), true, errors);
        } else if (mu("approvedMu", decision.approvedMu(), errors)
                && decision.approvedMu().compareTo(row.requestedMu()) > 0) {
            errors.add(messages.error(
                    "approvedMu",
                    "land.error.approvedOverRequested",
                    row.requestedMu().toPlainString()));
        }
        text("approver", decision.approver(), true, errors);
        date("decidedOn", decision.decidedOn(), row.requestedOn(), today, errors);
        return errors;
    }

    List<InputError> allocation(LandAllocationData data, LandRow row, LocalDate today) {
        List<InputError> errors = new ArrayList<>();
        if (mu("mu", data.mu(), errors) && !row.quota().fits(data.mu())) {
            errors.add(messages.error(
                    "mu",
                    "land.error.overAllocated",
                    row.quota().remaining().toPlainString(),
                    row.approvedMu().toPlainString()));
        }
        text("parcel", data.parcel(), true, errors);
        text("note", data.note(), false, errors);
        date("allocatedOn", data.allocatedOn(), row.decidedOn(), today, errors);
        return errors;
    }

    /** True when the area is there, positive, with at most 2 decimals. */
    private boolean mu(String field, BigDecimal mu, List<InputError> errors) {
        if (mu == null) {
            errors.add(messages.error(field, "land.error.required"));
        } else if (mu.signum() <= 0 || mu.compareTo(MU_MAX) > 0) {
            errors.add(messages.error(field, "land.error.muPositive"));
        } else if (mu.stripTrailingZeros().scale() > 2) {
            errors.add(messages.error(field, "land.error.muScale"));
        } else {
            return true;
        }
        return false;
    }

    private void text(String field, String value, boolean required, List<InputError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(messages.error(field, "land.error.required"));
            }
        } else if (value.strip().length() > TEXT_MAX) {
            errors.add(messages.error(field, "land.error.tooLong", TEXT_MAX));
        }
    }

    private void date(String field, LocalDate date, LocalDate notBefore, LocalDate today, List<InputError> errors) {
        if (date == null) {
            errors.add(messages.error(field, "land.error.required"));
        } else if (date.isAfter(today)) {
            errors.add(messages.error(field, "land.error.future"));
        } else if (notBefore != null && date.isBefore(notBefore)) {
            errors.add(messages.error(field, "land.error.before", notBefore));
        }
    }
}

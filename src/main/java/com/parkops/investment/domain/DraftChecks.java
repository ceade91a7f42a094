package com.parkops.investment.domain;

import com.parkops.investment.PipelineTeams;
import com.parkops.investment.ProjectDraft;
import com.parkops.investment.Team;
import com.parkops.shared.InputError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The checks of a project entered by hand. */
@Component
class DraftChecks {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999");

    private final InvestmentMessages messages;
    private final PipelineTeams teams;

    DraftChecks(InvestmentMessages messages, PipelineTeams teams) {
        this.messages = messages;
        this.teams = teams;
    }

    List<InputError> check(UUID zoneId, ProjectDraft draft) {
        List<InputError> errors = new ArrayList<>();
        if (blank(draft.name())) {
            errors.add(messages.error(null, "name", "investment.error.required"));
        }
        if (draft.capitalSource() == null) {
            errors.add(messages.error(null, "capitalSource", "investment.error.required"));
        }
        amount(draft.amount(), "amount", errors);
        amount(draft.landMu(), "landMu", errors);
        amount(draft.fundsInPlace(), "fundsInPlace", errors);
        if (draft.teamId() != null && teams.list(zoneId).stream().map(Team::id).noneMatch(draft.teamId()::equals)) {
            errors.add(messages.error(null, "teamId", "investment.error.unknownTeam"));
        }
        if (draft.code() != null && draft.code().strip().length() > 40) {
            errors.add(messages.error(null, "code", "investment.error.tooLong", 40));
        }
        return errors;
    }

    private void amount(BigDecimal value, String field, List<InputError> errors) {
        if (value != null && (value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0)) {
            errors.add(messages.error(null, field, "investment.error.notNegative"));
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }
}

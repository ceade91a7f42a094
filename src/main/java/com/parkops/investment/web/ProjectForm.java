package com.parkops.investment.web;

import com.parkops.investment.CapitalSource;
import com.parkops.investment.ProjectDraft;
import com.parkops.investment.ProjectView;
import com.parkops.investment.Stage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The create and edit form of a project; stage and its date are only asked on create. */
record ProjectForm(
        @Size(max = 40, message = "{investment.validation.tooLong}")
        String code,

        @NotBlank(message = "{investment.error.required}") @Size(max = 200, message = "{investment.validation.tooLong}")
        String name,

        @Size(max = 200, message = "{investment.validation.tooLong}")
        String investor,

        @Size(max = 100, message = "{investment.validation.tooLong}")
        String investorCountry,

        @Size(max = 200, message = "{investment.validation.tooLong}")
        String investorContact,

        CapitalSource capitalSource,
        BigDecimal amount,

        @Size(max = 100, message = "{investment.validation.tooLong}")
        String chain,

        UUID teamId,

        @Size(max = 100, message = "{investment.validation.tooLong}")
        String ownerName,

        Boolean nicheLeader,
        Boolean listedCompany,
        BigDecimal landMu,
        BigDecimal fundsInPlace,

        @Size(max = 2000, message = "{investment.validation.tooLong}")
        String note,

        Stage stage,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate stageOn,
        Integer version) {

    static ProjectForm empty(LocalDate today) {
        return new ProjectForm(
                null,
                null,
                null,
                null,
                null,
                CapitalSource.DOMESTIC,
                null,
                null,
                null,
                null,
                false,
                false,
                null,
                null,
                null,
                Stage.LEAD,
                today,
                0);
    }

    static ProjectForm of(ProjectView p) {
        return new ProjectForm(
                p.code(),
                p.name(),
                p.investor(),
                p.investorCountry(),
                p.investorContact(),
                p.capitalSource(),
                p.amount(),
                p.chain(),
                p.teamId(),
                p.ownerName(),
                p.nicheLeader(),
                p.listedCompany(),
                p.landMu(),
                p.fundsInPlace(),
                p.note(),
                p.stage(),
                p.stageOn(),
                p.version());
    }

    ProjectDraft toDraft() {
        return new ProjectDraft(
                code,
                name,
                investor,
                investorCountry,
                investorContact,
                capitalSource,
                amount,
                chain,
                teamId,
                ownerName,
                Boolean.TRUE.equals(nicheLeader),
                Boolean.TRUE.equals(listedCompany),
                landMu,
                fundsInPlace,
                note,
                stage,
                stageOn,
                version == null ? 0 : version);
    }
}

package com.parkops.investment.web;

import com.parkops.investment.ProjectView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A project in the API: amounts in its currency and in 万元, stage dates keyed by stage. */
record ProjectJson(
        UUID id,
        String code,
        String name,
        String investor,
        String investorCountry,
        String investorContact,
        String capitalSource,
        String currency,
        BigDecimal amount,
        BigDecimal usdRate,
        BigDecimal amountWan,
        String chain,
        String stage,
        String closedAs,
        String closedReason,
        UUID teamId,
        String teamName,
        String ownerName,
        boolean label5020,
        boolean nicheLeader,
        boolean listedCompany,
        BigDecimal fundsInPlace,
        String creditCode,
        Map<String, LocalDate> stageDates,
        int version) {

    static ProjectJson of(ProjectView p) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        p.stageDates().forEach((stage, on) -> dates.put(stage.name(), on));
        return new ProjectJson(
                p.id(),
                p.code(),
                p.name(),
                p.investor(),
                p.investorCountry(),
                p.investorContact(),
                p.capitalSource().name(),
                p.currency(),
                p.amount(),
                p.usdRate(),
                p.amountWan(),
                p.chain(),
                p.stage().name(),
                p.closedAs(),
                p.closedReason(),
                p.teamId(),
                p.teamName(),
                p.ownerName(),
                p.label5020(),
                p.nicheLeader(),
                p.listedCompany(),
                p.fundsInPlace(),
                p.creditCode(),
                dates,
                p.version());
    }
}

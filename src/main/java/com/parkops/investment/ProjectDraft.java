package com.parkops.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What staff enter for a project. {@code amount} is in 万元 for a domestic project and in 万美元
 * for a foreign one. {@code stage} and {@code stageOn} are used when creating (the stage the
 * project enters at, and when it reached it); an edit keeps the stage, which only moves through
 * the pipeline's steps.
 *
 * @param version the version the edit was based on; ignored on create
 */
public record ProjectDraft(
        String code,
        String name,
        String investor,
        String investorCountry,
        String investorContact,
        CapitalSource capitalSource,
        BigDecimal amount,
        String chain,
        UUID teamId,
        String ownerName,
        boolean nicheLeader,
        boolean listedCompany,
        BigDecimal landMu,
        BigDecimal fundsInPlace,
        String note,
        Stage stage,
        LocalDate stageOn,
        int version) {}

package com.parkops.investment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The signed contract (签约合同) of a project and the promises in it: one per project. Saving
 * checks every field at once (invalid input lists each field that is wrong and writes nothing),
 * carries the version the editor read (stale → conflict) and is audited as {@code
 * investment-contract}.
 */
public interface ContractRegister {

    /** The audit entity type of a contract. */
    String ENTITY = "investment-contract";

    /**
     * What a clerk enters. {@code amount} is in the project's currency (万元, or 万美元 for a USD
     * project); {@code landMu} is the land asked in 亩; the promises are investment intensity
     * (万元/亩), annual tax per mu (万元/亩) and annual output (万元). {@code version} is the version
     * read, null when creating.
     */
    record ContractData(
            String contractNo,
            LocalDate signedOn,
            String investor,
            BigDecimal amount,
            BigDecimal landMu,
            BigDecimal promisedIntensity,
            BigDecimal promisedTaxPerMu,
            BigDecimal promisedOutput,
            LocalDate plannedStartOn,
            LocalDate plannedProductionOn,
            String note,
            Integer version) {}

    /** A stored contract; {@code currency} is the project's (CNY or USD). */
    record Contract(
            UUID projectId,
            String contractNo,
            LocalDate signedOn,
            String investor,
            BigDecimal amount,
            String currency,
            BigDecimal landMu,
            BigDecimal promisedIntensity,
            BigDecimal promisedTaxPerMu,
            BigDecimal promisedOutput,
            LocalDate plannedStartOn,
            LocalDate plannedProductionOn,
            String note,
            int version,
            String updatedBy,
            Instant updatedAt) {}

    /** A project with its contract, which is null while none has been entered. */
    record ProjectContract(
            UUID projectId,
            String projectCode,
            String projectName,
            String projectInvestor,
            String currency,
            BigDecimal projectLandMu,
            Stage stage,
            Contract contract) {}

    /**
     * The project and its contract.
     *
     * @throws com.parkops.shared.NotFoundException when the zone has no such project
     */
    ProjectContract find(UUID zoneId, UUID projectId);

    /**
     * Creates the project's contract, or updates it when one exists.
     *
     * @throws com.parkops.shared.InvalidInputException listing every wrong field
     * @throws com.parkops.shared.ConflictException when {@code version} is not the stored one
     * @throws com.parkops.shared.NotFoundException when the zone has no such project
     */
    Contract save(UUID zoneId, UUID projectId, ContractData data, String actor);
}

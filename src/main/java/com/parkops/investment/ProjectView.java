package com.parkops.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A project as staff see it.
 *
 * @param amount in the project's currency (万元 for CNY, 万美元 for USD), or null
 * @param usdRate the rate kept for a USD project (元/美元), null for CNY
 * @param amountWan the amount in 万元 at the kept rate, 2 decimals
 * @param closedAs LOST or PAUSED, or null while the project is alive
 * @param creditCode the credit code of the registry enterprise the project became, or null
 * @param stageDates the date each stage was reached, for the stages that have one
 * @param label5020 whether the zone's current 5020 thresholds make it a 5020 project
 */
public record ProjectView(
        UUID id,
        String code,
        String name,
        String investor,
        String investorCountry,
        String investorContact,
        CapitalSource capitalSource,
        String currency,
        BigDecimal amount,
        BigDecimal usdRate,
        BigDecimal amountWan,
        String chain,
        Stage stage,
        String closedAs,
        String closedReason,
        UUID teamId,
        String teamName,
        String ownerName,
        boolean nicheLeader,
        boolean listedCompany,
        boolean label5020,
        BigDecimal landMu,
        BigDecimal fundsInPlace,
        String note,
        String creditCode,
        Map<Stage, LocalDate> stageDates,
        int version) {

    /** Whether the project still moves through the pipeline (neither lost nor paused). */
    public boolean alive() {
        return closedAs == null;
    }

    /** The stage after the current one, or null at the last stage. */
    public Stage nextStage() {
        return stage.ordinal() + 1 < Stage.values().length ? Stage.values()[stage.ordinal() + 1] : null;
    }

    /** The date the current stage was reached, or null. */
    public LocalDate stageOn() {
        return stageDates.get(stage);
    }
}

package com.parkops.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What other modules see of an investment project.
 *
 * @param amountWan the signed amount converted to 万元 (USD × the project's kept rate), or null
 * @param closedAs LOST or PAUSED, or null while the project is alive
 */
public record ProjectInfo(
        UUID id,
        String code,
        String name,
        String investor,
        Stage stage,
        String closedAs,
        String chain,
        BigDecimal amountWan,
        String creditCode,
        BigDecimal landMu,
        LocalDate signedOn,
        LocalDate startedOn,
        LocalDate productionOn,
        UUID teamId) {}

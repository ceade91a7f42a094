package com.parkops.investment.domain;

import com.parkops.investment.ContractRegister.ContractData;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The rules a contract must meet; every problem is reported with its field. */
final class ContractChecks {

    static final int MAX_TEXT = 200;
    static final int MAX_NOTE = 2000;

    private ContractChecks() {}

    static void check(ContractData data, LocalDate today, ContestMessages.Errors errors) {
        required(errors, "contractNo", data.contractNo(), MAX_TEXT);
        required(errors, "investor", data.investor(), MAX_TEXT);
        if (data.signedOn() == null) {
            errors.add("signedOn", "contract.error.required");
        } else if (data.signedOn().isAfter(today)) {
            errors.add("signedOn", "contract.error.future");
        }
        if (data.amount() == null) {
            errors.add("amount", "contract.error.required");
        } else {
            positive(errors, "amount", data.amount(), 14);
        }
        if (data.landMu() != null && data.landMu().signum() < 0) {
            errors.add("landMu", "contract.error.negative");
        } else if (data.landMu() != null) {
            digits(errors, "landMu", data.landMu(), 10);
        }
        positive(errors, "promisedIntensity", data.promisedIntensity(), 12);
        positive(errors, "promisedTaxPerMu", data.promisedTaxPerMu(), 12);
        positive(errors, "promisedOutput", data.promisedOutput(), 14);
        if (data.plannedStartOn() != null
                && data.plannedProductionOn() != null
                && data.plannedProductionOn().isBefore(data.plannedStartOn())) {
            errors.add("plannedProductionOn", "contract.error.productionBeforeStart");
        }
        if (data.note() != null && data.note().length() > MAX_NOTE) {
            errors.add("note", "contract.error.tooLong", MAX_NOTE);
        }
    }

    private static void required(ContestMessages.Errors errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(field, "contract.error.required");
        } else if (value.strip().length() > max) {
            errors.add(field, "contract.error.tooLong", max);
        }
    }

    /** Optional: when present it must be greater than 0 with at most 2 decimals. */
    private static void positive(ContestMessages.Errors errors, String field, BigDecimal value, int integerDigits) {
        if (value == null) {
            return;
        }
        if (value.signum() <= 0) {
            errors.add(field, "contract.error.positive");
        } else {
            digits(errors, field, value, integerDigits);
        }
    }

    private static void digits(ContestMessages.Errors errors, String field, BigDecimal value, int integerDigits) {
        if (value.stripTrailingZeros().scale() > 2) {
            errors.add(field, "contract.error.decimals");
        } else if (value.precision() - value.scale() > integerDigits) {
            errors.add(field, "contract.error.tooLarge");
        }
    }
}

package com.parkops.investment.web;

import com.parkops.investment.ContractRegister.Contract;
import com.parkops.investment.ContractRegister.ContractData;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The contract page's form; {@code version} is the version read (null before the first save). */
record ContractForm(
        String contractNo,
        @DateTimeFormat(iso = ISO.DATE) LocalDate signedOn,
        String investor,
        BigDecimal amount,
        BigDecimal landMu,
        BigDecimal promisedIntensity,
        BigDecimal promisedTaxPerMu,
        BigDecimal promisedOutput,
        @DateTimeFormat(iso = ISO.DATE) LocalDate plannedStartOn,
        @DateTimeFormat(iso = ISO.DATE) LocalDate plannedProductionOn,
        String note,
        Integer version) {

    /** The stored contract, or a blank form prefilled from the project. */
    static ContractForm of(Contract c, String projectInvestor, BigDecimal projectLandMu) {
        if (c == null) {
            return new ContractForm(
                    null, null, projectInvestor, null, projectLandMu, null, null, null, null, null, null, null);
        }
        return new ContractForm(
                c.contractNo(),
                c.signedOn(),
                c.investor(),
                c.amount(),
                c.landMu(),
                c.promisedIntensity(),
                c.promisedTaxPerMu(),
                c.promisedOutput(),
                c.plannedStartOn(),
                c.plannedProductionOn(),
                c.note(),
                c.version());
    }

    ContractData toData() {
        return new ContractData(
                contractNo,
                signedOn,
                investor,
                amount,
                landMu,
                promisedIntensity,
                promisedTaxPerMu,
                promisedOutput,
                plannedStartOn,
                plannedProductionOn,
                note,
                version);
    }
}

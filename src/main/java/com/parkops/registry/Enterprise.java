package com.parkops.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Everything the registry holds on one enterprise except its parcels, patents and 入规 history.
 *
 * @param landM2 land counted for per-mu figures in m² (owned industrial land, plus leased
 *     industrial land when the zone counts it)
 * @param landMu the same in 亩 (4 decimals)
 * @param ownedLandM2 owned industrial land in m²: what an import's {@code landM2} column means
 * @param version increases with every change; pass it back to update
 */
public record Enterprise(
        UUID id,
        String creditCode,
        String name,
        String industryCode,
        String chain,
        boolean leadingChain,
        EmergingCategory emergingCategory,
        Scale scale,
        YearMonth aboveScaleSince,
        LocalDate registeredOn,
        String exemptReason,
        BigDecimal landM2,
        BigDecimal landMu,
        BigDecimal ownedLandM2,
        String address,
        String legalRepresentative,
        String contactName,
        String contactPhone,
        String contactEmail,
        List<String> tags,
        List<Qualification> qualifications,
        int version) {

    public Enterprise {
        tags = tags == null ? List.of() : List.copyOf(tags);
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
    }

    /** The enterprise's editable facts, e.g. to change a few of them and update. */
    public EnterpriseData data() {
        return new EnterpriseData(
                creditCode,
                name,
                industryCode,
                chain,
                emergingCategory,
                scale,
                aboveScaleSince,
                registeredOn,
                exemptReason,
                address,
                legalRepresentative,
                contactName,
                contactPhone,
                contactEmail,
                tags);
    }

    public Contacts contacts() {
        return new Contacts(address, contactName, contactPhone, contactEmail);
    }

    /** Whether a qualification is expiring within the zone's alert days. */
    public boolean hasExpiringQualification() {
        return qualifications.stream().anyMatch(Qualification::expiringSoon);
    }
}

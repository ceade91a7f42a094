package com.parkops.registry.domain;

import com.parkops.registry.EmergingCategory;
import com.parkops.registry.EnterpriseData;
import com.parkops.registry.Scale;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Enterprise facts being assembled from an import row over what is already registered. */
final class EnterpriseDraft {

    private final EnterpriseData base;
    String name;
    String industryCode;
    String chain;
    EmergingCategory emergingCategory;
    Scale scale;
    YearMonth aboveScaleSince;
    LocalDate registeredOn;
    String exemptReason;

    EnterpriseDraft(EnterpriseData base) {
        this.base = base;
        this.name = base.name();
        this.industryCode = base.industryCode();
        this.chain = base.chain();
        this.emergingCategory = base.emergingCategory();
        this.scale = base.scale();
        this.aboveScaleSince = base.aboveScaleSince();
        this.registeredOn = base.registeredOn();
        this.exemptReason = base.exemptReason();
    }

    EnterpriseData toData() {
        return new EnterpriseData(
                base.creditCode(),
                name,
                industryCode,
                chain,
                emergingCategory,
                scale,
                aboveScaleSince,
                registeredOn,
                exemptReason,
                base.address(),
                base.legalRepresentative(),
                base.contactName(),
                base.contactPhone(),
                base.contactEmail(),
                List.copyOf(base.tags()));
    }
}

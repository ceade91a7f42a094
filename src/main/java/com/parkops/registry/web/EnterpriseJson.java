package com.parkops.registry.web;

import com.parkops.registry.Enterprise;
import com.parkops.registry.Qualification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An enterprise as the API shows it (api.md, Registry). */
record EnterpriseJson(
        String creditCode,
        String name,
        String industryCode,
        String chain,
        boolean leadingChain,
        String emergingCategory,
        String scale,
        String aboveScaleSince,
        LocalDate registeredOn,
        BigDecimal landM2,
        BigDecimal landMu,
        String exemptReason,
        String address,
        String legalRepresentative,
        String contactName,
        String contactPhone,
        String contactEmail,
        List<String> tags,
        List<QualificationJson> qualifications,
        int version) {

    /** A qualification: {@code kind} is the code, {@code kindName} the Chinese name. */
    record QualificationJson(
            UUID id,
            String kind,
            String kindName,
            String level,
            String certificateNo,
            LocalDate issuedOn,
            LocalDate expiresOn,
            String status,
            String currentStatus,
            boolean expiringSoon,
            int version) {

        static QualificationJson of(Qualification q) {
            return new QualificationJson(
                    q.id(),
                    q.kind().name(),
                    q.kind().chineseName(),
                    q.level() == null ? null : q.level().name(),
                    q.certificateNo(),
                    q.issuedOn(),
                    q.expiresOn(),
                    q.status().name(),
                    q.currentStatus().name(),
                    q.expiringSoon(),
                    q.version());
        }
    }

    static EnterpriseJson of(Enterprise e) {
        return new EnterpriseJson(
                e.creditCode(),
                e.name(),
                e.industryCode(),
                e.chain(),
                e.leadingChain(),
                e.emergingCategory() == null ? null : e.emergingCategory().shortName(),
                e.scale().key(),
                e.aboveScaleSince() == null ? null : e.aboveScaleSince().toString(),
                e.registeredOn(),
                e.landM2(),
                e.landMu(),
                e.exemptReason(),
                e.address(),
                e.legalRepresentative(),
                e.contactName(),
                e.contactPhone(),
                e.contactEmail(),
                e.tags(),
                e.qualifications().stream().map(QualificationJson::of).toList(),
                e.version());
    }
}

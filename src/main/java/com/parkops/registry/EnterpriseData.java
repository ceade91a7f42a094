package com.parkops.registry;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * An enterprise's facts as written by a form, an import or another module.
 *
 * @param creditCode 统一社会信用代码; fixed once created
 * @param industryCode GB/T 4754-2017 code such as {@code C3985}, or null
 * @param chain name of the industry chain (产业链); an unknown name creates the chain
 * @param scale null means 规下
 * @param aboveScaleSince the month the 规上 status counts from, or null
 * @param exemptReason why the enterprise is not graded (T) in evaluations, or null
 */
public record EnterpriseData(
        String creditCode,
        String name,
        String industryCode,
        String chain,
        EmergingCategory emergingCategory,
        Scale scale,
        YearMonth aboveScaleSince,
        LocalDate registeredOn,
        String exemptReason,
        String address,
        String legalRepresentative,
        String contactName,
        String contactPhone,
        String contactEmail,
        List<String> tags) {

    public EnterpriseData {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A minimal enterprise: code and name, 规下, everything else empty. */
    public static EnterpriseData of(String creditCode, String name) {
        return new EnterpriseData(
                creditCode, name, null, null, null, Scale.BELOW, null, null, null, null, null, null, null, null, null);
    }

    public EnterpriseData withChain(String newChain) {
        return new EnterpriseData(
                creditCode,
                name,
                industryCode,
                newChain,
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

    public EnterpriseData withScale(Scale newScale, YearMonth since) {
        return new EnterpriseData(
                creditCode,
                name,
                industryCode,
                chain,
                emergingCategory,
                newScale,
                since,
                registeredOn,
                exemptReason,
                address,
                legalRepresentative,
                contactName,
                contactPhone,
                contactEmail,
                tags);
    }
}

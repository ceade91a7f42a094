package com.parkops.registry;

import java.util.UUID;

/**
 * Which enterprises a list shows; every criterion is optional.
 *
 * @param query part of the name or of the credit code
 * @param chain chain name
 * @param qualification holds a currently valid qualification of this kind
 * @param expiringSoon holds a qualification expiring within the zone's alert days
 * @param onlyEnterprise restricts to one enterprise (an enterprise user's own)
 */
public record EnterpriseFilter(
        String query,
        String chain,
        Scale scale,
        QualificationKind qualification,
        boolean expiringSoon,
        UUID onlyEnterprise) {

    public static EnterpriseFilter none() {
        return new EnterpriseFilter(null, null, null, null, false, null);
    }

    public static EnterpriseFilter search(String query) {
        return new EnterpriseFilter(query, null, null, null, false, null);
    }

    public EnterpriseFilter restrictedTo(UUID enterpriseId) {
        return new EnterpriseFilter(query, chain, scale, qualification, expiringSoon, enterpriseId);
    }
}

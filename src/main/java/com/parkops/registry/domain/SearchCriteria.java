package com.parkops.registry.domain;

import com.parkops.registry.EnterpriseFilter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A filter turned into a where clause over the view (alias {@code p}) and its parameters. Only
 * the criteria given are added, so PostgreSQL never has to guess the type of a null parameter.
 */
record SearchCriteria(String where, Map<String, Object> params) {

    static SearchCriteria of(UUID zoneId, EnterpriseFilter filter, LocalDate today, int alertDays) {
        StringBuilder where = new StringBuilder(" where p.zone_id = :zone");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("zone", zoneId);
        String query = filter.query() == null ? "" : filter.query().strip();
        if (!query.isEmpty()) {
            where.append(" and (p.name ilike :nameLike or p.credit_code like :codeLike)");
            params.put("nameLike", "%" + escapeLike(query) + "%");
            params.put("codeLike", "%" + escapeLike(query.toUpperCase(Locale.ROOT)) + "%");
        }
        if (filter.chain() != null && !filter.chain().isBlank()) {
            where.append(" and p.chain = :chain");
            params.put("chain", filter.chain().strip());
        }
        if (filter.scale() != null) {
            where.append(" and p.scale = :scale");
            params.put("scale", filter.scale().name());
        }
        if (filter.onlyEnterprise() != null) {
            where.append(" and p.id = :only");
            params.put("only", filter.onlyEnterprise());
        }
        if (filter.qualification() != null) {
            where.append("""
                     and exists (select 1 from registry.qualification q
                        where q.zone_id = p.zone_id and q.enterprise_id = p.id and q.kind = :kind
                          and q.status = 'VALID' and (q.expires_on is null or q.expires_on >= :today))
                    """);
            params.put("kind", filter.qualification().name());
            params.put("today", today);
        }
        if (filter.expiringSoon()) {
            where.append("""
                     and exists (select 1 from registry.qualification x
                        where x.zone_id = p.zone_id and x.enterprise_id = p.id and x.status = 'VALID'
                          and x.expires_on between :today and :alertUntil)
                    """);
            params.put("today", today);
            params.put("alertUntil", today.plusDays(alertDays));
        }
        return new SearchCriteria(where.toString(), params);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

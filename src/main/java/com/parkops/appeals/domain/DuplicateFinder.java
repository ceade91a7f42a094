package com.parkops.appeals.domain;

import com.parkops.appeals.AppealState;
import com.parkops.appeals.DuplicateCandidate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open appeals that may be the same matter as a new one: the same enterprise and category, or a
 * title at least {@code parkops.appeals.duplicate-threshold} alike ({@link TitleSimilarity}). Only
 * the last year's open appeals in the caller's scope are compared; the ten closest are given.
 */
@Component
class DuplicateFinder {

    private static final int LIMIT = 10;

    private final JdbcClient jdbc;
    private final double threshold;

    DuplicateFinder(JdbcClient jdbc, AppealsProperties properties) {
        this.jdbc = jdbc;
        this.threshold = properties.duplicateThreshold();
    }

    List<DuplicateCandidate> find(
            UUID zoneId,
            Scope scope,
            UUID enterpriseId,
            String enterpriseName,
            UUID categoryId,
            String title,
            UUID except) {
        String name = enterpriseName == null ? null : enterpriseName.strip();
        if (enterpriseId == null && (name == null || name.isEmpty()) && (title == null || title.isBlank())) {
            return List.of();
        }
        return jdbc
                .sql("""
                select a.id, a.case_number, a.title, a.enterprise_id, a.enterprise_name, a.category_id, a.state,
                       a.received_at
                from appeals.appeal a
                where a.zone_id = :zone and a.state <> 'CLOSED' and a.received_at > now() - interval '1 year'
                  and (cast(:except as uuid) is null or a.id <> :except) and %s
                order by a.received_at desc
                limit 2000
                """.formatted(scope.condition()))
                .param("zone", zoneId)
                .param("except", except)
                .params(scope.params())
                .query((rs, n) -> {
                    boolean sameEnterprise = enterpriseId != null
                            ? enterpriseId.equals(rs.getObject("enterprise_id", UUID.class))
                            : name != null && !name.isEmpty() && name.equals(rs.getString("enterprise_name"));
                    boolean same = sameEnterprise
                            && categoryId != null
                            && Objects.equals(categoryId, rs.getObject("category_id", UUID.class));
                    double similarity = TitleSimilarity.dice(title, rs.getString("title"));
                    return new DuplicateCandidate(
                            rs.getObject("id", UUID.class),
                            rs.getString("case_number"),
                            rs.getString("title"),
                            rs.getString("enterprise_name"),
                            AppealState.valueOf(rs.getString("state")),
                            AppealStore.instant(rs, "received_at"),
                            same,
                            BigDecimal.valueOf(similarity).setScale(2, RoundingMode.HALF_UP));
                })
                .list()
                .stream()
                .filter(c -> c.sameEnterpriseAndCategory() || c.similarity().doubleValue() >= threshold)
                .sorted(Comparator.comparing(DuplicateCandidate::sameEnterpriseAndCategory)
                        .thenComparing(DuplicateCandidate::similarity)
                        .reversed())
                .limit(LIMIT)
                .toList();
    }
}

package com.parkops.evaluation.domain;

import com.parkops.shared.db.StreamingJdbc;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads what a run needs of every enterprise with figures in the year: the registry's published
 * view {@code registry.enterprise_profile} joined with the indicators module's published function
 * {@code indicators.full_year}, streamed (callers are transactional), only the figures the scheme
 * uses kept.
 */
@Component
class FactsReader {

    private final StreamingJdbc streaming;

    FactsReader(StreamingJdbc streaming) {
        this.streaming = streaming;
    }

    List<EnterpriseFacts> read(UUID zoneId, int year, Set<String> figuresUsed, boolean qualificationsUsed) {
        Map<UUID, Set<String>> qualifications = qualificationsUsed ? qualifications(zoneId, year) : Map.of();
        List<EnterpriseFacts> facts = new ArrayList<>();
        Builder[] current = {null};
        streaming.query("""
                select p.id, p.credit_code, p.name, p.scale, p.land_mu, p.industry_code, p.registered_on,
                       p.exempt_reason, f.indicator, f.value
                from indicators.full_year(:zone, :year) f
                join registry.enterprise_profile p on p.zone_id = :zone and p.id = f.enterprise_id
                order by p.id
                """, Map.of("zone", zoneId, "year", year), rs -> {
            UUID id = rs.getObject("id", UUID.class);
            if (current[0] == null || !current[0].id.equals(id)) {
                if (current[0] != null) {
                    facts.add(current[0].build(qualifications));
                }
                Date registered = rs.getDate("registered_on");
                current[0] = new Builder(
                        id,
                        rs.getString("credit_code").strip(),
                        rs.getString("name"),
                        rs.getString("scale"),
                        rs.getBigDecimal("land_mu"),
                        rs.getString("industry_code"),
                        registered == null ? null : registered.toLocalDate(),
                        rs.getString("exempt_reason"));
            }
            String indicator = rs.getString("indicator");
            if (figuresUsed.contains(indicator)) {
                current[0].figures.put(indicator, rs.getBigDecimal("value"));
            }
        });
        if (current[0] != null) {
            facts.add(current[0].build(qualifications));
        }
        return facts;
    }

    /** The qualification kinds each enterprise held, not revoked, at some time in the year. */
    private Map<UUID, Set<String>> qualifications(UUID zoneId, int year) {
        Map<UUID, Set<String>> held = new HashMap<>();
        streaming.query(
                """
                select enterprise_id, kind from registry.enterprise_qualification
                where zone_id = :zone and status <> 'REVOKED'
                  and (issued_on is null or issued_on <= :yearEnd)
                  and (expires_on is null or expires_on >= :yearStart)
                """,
                Map.of(
                        "zone", zoneId,
                        "yearStart", Date.valueOf(LocalDate.of(year, 1, 1)),
                        "yearEnd", Date.valueOf(LocalDate.of(year, 12, 31))),
                rs -> held.computeIfAbsent(rs.getObject("enterprise_id", UUID.class), k -> new HashSet<>())
                        .add(rs.getString("kind")));
        return held;
    }

    private static final class Builder {
        final UUID id;
        final String creditCode;
        final String name;
        final String scale;
        final BigDecimal landMu;
        final String industryCode;
        final LocalDate registeredOn;
        final String exemptReason;
        final Map<String, BigDecimal> figures = new HashMap<>();

        Builder(
                UUID id,
                String creditCode,
                String name,
                String scale,
                BigDecimal landMu,
                String industryCode,
                LocalDate registeredOn,
                String exemptReason) {
            this.id = id;
            this.creditCode = creditCode;
            this.name = name;
            this.scale = scale;
            this.landMu = landMu;
            this.industryCode = industryCode;
            this.registeredOn = registeredOn;
            this.exemptReason = exemptReason;
        }

        EnterpriseFacts build(Map<UUID, Set<String>> qualifications) {
            return new EnterpriseFacts(
                    id,
                    creditCode,
                    name,
                    scale,
                    landMu,
                    industryCode,
                    registeredOn,
                    exemptReason,
                    figures,
                    qualifications.getOrDefault(id, Set.of()));
        }
    }
}

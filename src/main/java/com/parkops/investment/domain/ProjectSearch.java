package com.parkops.investment.domain;

import com.parkops.investment.InvestmentSettings;
import com.parkops.investment.ProjectFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The where clause of a project list filter, with its parameters. */
final class ProjectSearch {

    private final StringBuilder where = new StringBuilder(" where p.zone_id = :zone");
    private final Map<String, Object> params = new LinkedHashMap<>();

    ProjectSearch(UUID zoneId, ProjectFilter filter, InvestmentSettings zone) {
        params.put("zone", zoneId);
        if (filter.stage() != null) {
            add(" and p.stage = :stage", "stage", filter.stage().name());
        }
        if (filter.teamId() != null) {
            add(" and p.team_id = :team", "team", filter.teamId());
        }
        if (filter.chain() != null && !filter.chain().isBlank()) {
            add(" and p.chain = :chain", "chain", filter.chain().strip());
        }
        if (filter.outcome() != null) {
            switch (filter.outcome()) {
                case "ALIVE" -> where.append(" and p.closed_as is null");
                case "LOST" -> where.append(" and p.closed_as = 'LOST'");
                case "PAUSED" -> where.append(" and p.closed_as = 'PAUSED'");
                default -> {}
            }
        }
        if (filter.label() != null) {
            switch (filter.label()) {
                case "5020" -> {
                    where.append(" and ((p.capital_source = 'DOMESTIC' and p.amount >= :domestic)"
                            + " or (p.capital_source = 'FOREIGN' and p.amount >= :foreign))");
                    params.put("domestic", zone.thresholdDomestic());
                    params.put("foreign", zone.thresholdForeign());
                }
                case "niche" -> where.append(" and p.niche_leader");
                case "listed" -> where.append(" and p.listed_company");
                default -> {}
            }
        }
        if (filter.year() != null) {
            add(
                    " and extract(year from coalesce(p.signed_on, p.lead_on, p.negotiating_on)) = :year",
                    "year",
                    filter.year());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            add(
                    " and (p.code ilike :text or p.name ilike :text or p.investor ilike :text)",
                    "text",
                    "%"
                            + filter.text()
                                    .strip()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
    }

    private void add(String clause, String name, Object value) {
        where.append(clause);
        params.put(name, value);
    }

    String where() {
        return where.toString();
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        params.forEach(statement::param);
        return statement;
    }
}

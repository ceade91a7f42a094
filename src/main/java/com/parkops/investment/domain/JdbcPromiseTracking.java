package com.parkops.investment.domain;

import com.parkops.investment.PromiseTracking;
import com.parkops.investment.Stage;
import com.parkops.shared.ConflictException;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.Zones;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promise tracking from the contracts, the registry's published view {@code
 * registry.enterprise_profile} (registered land) and the indicators module's published function
 * {@code indicators.full_year} (tax, output, and fixed-asset investment summed from the signing year).
 */
@Service
class JdbcPromiseTracking implements PromiseTracking {

    /** How many years back fixed-asset investment is summed at most. */
    static final int INVESTMENT_YEARS = 10;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ContestMessages messages;
    private final Zones zones;
    private final Clock clock;

    JdbcPromiseTracking(JdbcClient jdbc, AuditLog audit, ContestMessages messages, Zones zones, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
        this.zones = zones;
        this.clock = clock;
    }

    @Override
    public int latestCompleteYear(UUID zoneId) {
        return zones.today(zoneId).getYear() - 1;
    }

    @Override
    @Transactional(readOnly = true)
    public PromiseReport report(UUID zoneId, int year) {
        BigDecimal threshold = settings(zoneId).shortfallPercent();
        List<PromiseRow> rows = jdbc.sql("""
                        with fy as (
                            select enterprise_id,
                                   max(value) filter (where indicator = 'tax') as tax,
                                   max(value) filter (where indicator = 'output') as output
                            from indicators.full_year(:zone, :year) group by enterprise_id
                        ), inv as (
                            select f.enterprise_id, y as year, f.value
                            from generate_series(:firstYear, :year) y
                            cross join lateral indicators.full_year(:zone, y) f
                            where f.indicator = 'fixedInvestment'
                        )
                        select p.id, p.code, p.name, p.stage, p.credit_code, p.signed_on,
                               c.project_id is not null as has_contract, c.promised_intensity,
                               c.promised_tax_per_mu, c.promised_output,
                               e.id as enterprise_id, e.name as enterprise_name, e.land_mu,
                               fy.enterprise_id is not null as has_figures, fy.tax, fy.output,
                               (select sum(inv.value) from inv where inv.enterprise_id = e.id
                                  and inv.year >= greatest(coalesce(extract(year from p.signed_on)::int, :year),
                                                           :firstYear)) as investment
                        from investment.project p
                        left join investment.contract c on c.zone_id = p.zone_id and c.project_id = p.id
                        left join registry.enterprise_profile e
                               on e.zone_id = p.zone_id and e.credit_code = p.credit_code
                        left join fy on fy.enterprise_id = e.id
                        where p.zone_id = :zone and p.stage in ('IN_PRODUCTION', 'AT_CAPACITY')
                          and p.closed_as is distinct from 'LOST'
                        order by p.code
                        """)
                .param("zone", zoneId)
                .param("year", year)
                .param("firstYear", year - INVESTMENT_YEARS + 1)
                .query((rs, n) -> row(rs, threshold))
                .list();
        return new PromiseReport(year, threshold, rows);
    }

    private static PromiseRow row(ResultSet rs, BigDecimal threshold) throws SQLException {
        BigDecimal land = rs.getBigDecimal("land_mu");
        BigDecimal promisedIntensity = rs.getBigDecimal("promised_intensity");
        BigDecimal promisedTax = rs.getBigDecimal("promised_tax_per_mu");
        BigDecimal promisedOutput = rs.getBigDecimal("promised_output");
        Gap gap = !rs.getBoolean("has_contract")
                ? Gap.NO_CONTRACT
                : rs.getObject("enterprise_id") == null
                        ? Gap.NO_ENTERPRISE
                        : !rs.getBoolean("has_figures") ? Gap.NO_FIGURES : null;
        Comparison tax = PromiseMath.compare(
                promisedTax, gap == null ? PromiseMath.perMu(rs.getBigDecimal("tax"), land) : null, threshold);
        Comparison output =
                PromiseMath.compare(promisedOutput, gap == null ? rs.getBigDecimal("output") : null, threshold);
        Comparison intensity = PromiseMath.compare(
                promisedIntensity,
                gap == null ? PromiseMath.perMu(rs.getBigDecimal("investment"), land) : null,
                threshold);
        return new PromiseRow(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                Stage.valueOf(rs.getString("stage")),
                rs.getString("credit_code"),
                rs.getString("enterprise_name"),
                land == null ? null : land.setScale(2, java.math.RoundingMode.HALF_UP),
                gap,
                tax,
                output,
                intensity,
                tax.shortfall() || output.shortfall() || intensity.shortfall());
    }

    @Override
    public PromiseSettings settings(UUID zoneId) {
        return jdbc.sql("select shortfall_percent, version from investment.promise_settings where zone_id = :zone")
                .param("zone", zoneId)
                .query((rs, n) -> new PromiseSettings(rs.getBigDecimal("shortfall_percent"), rs.getInt("version")))
                .optional()
                .orElse(new PromiseSettings(BigDecimal.valueOf(DEFAULT_SHORTFALL_PERCENT), 0));
    }

    @Override
    @Transactional
    public PromiseSettings updateSettings(UUID zoneId, String actor, BigDecimal percent, Integer version) {
        ContestMessages.Errors errors = messages.errors();
        if (percent == null) {
            errors.add("shortfallPercent", "contract.error.required");
        } else if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.add("shortfallPercent", "promise.error.threshold");
        } else if (percent.stripTrailingZeros().scale() > 2) {
            errors.add("shortfallPercent", "contract.error.decimals");
        }
        errors.refuse();
        PromiseSettings before = settings(zoneId);
        if (version != null && version != before.version()) {
            throw new ConflictException(messages.text("contest.error.stale"));
        }
        int written = jdbc.sql("""
                        insert into investment.promise_settings as s (zone_id, shortfall_percent, version, updated_by,
                            updated_at)
                        values (:zone, :percent, 1, :actor, :now)
                        on conflict (zone_id) do update set shortfall_percent = :percent, version = s.version + 1,
                            updated_by = :actor, updated_at = :now
                        where s.version = :stored
                        """)
                .param("zone", zoneId)
                .param("percent", percent)
                .param("actor", actor)
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("stored", before.version())
                .update();
        if (written == 0) {
            throw new ConflictException(messages.text("contest.error.stale"));
        }
        audit.record(new AuditEntry(
                zoneId,
                actor,
                ENTITY,
                zoneId.toString(),
                "update",
                "shortfallPercent",
                AuditEntry.diff(
                        Map.of("shortfallPercent", before.shortfallPercent()), Map.of("shortfallPercent", percent))));
        return settings(zoneId);
    }
}

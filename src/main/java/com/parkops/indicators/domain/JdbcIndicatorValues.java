package com.parkops.indicators.domain;

import com.parkops.indicators.Basis;
import com.parkops.indicators.ImportResult;
import com.parkops.indicators.IndicatorValues;
import com.parkops.indicators.ReportedRow;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

@Service
class JdbcIndicatorValues implements IndicatorValues {

    private static final TypeReference<TreeMap<String, BigDecimal>> FIGURES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ImportPipeline pipeline;
    private final AuditLog audit;
    private final ObjectMapper json;

    JdbcIndicatorValues(JdbcClient jdbc, ImportPipeline pipeline, AuditLog audit, ObjectMapper json) {
        this.jdbc = jdbc;
        this.pipeline = pipeline;
        this.audit = audit;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> enterpriseOf(UUID zoneId, String creditCode) {
        return jdbc.sql("select id from registry.enterprise_profile where zone_id = :zone and credit_code = :code")
                .param("zone", zoneId)
                .param("code", creditCode == null ? "" : creditCode.strip().toUpperCase(Locale.ROOT))
                .query(UUID.class)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(UUID zoneId, UUID enterpriseId, int year) {
        return jdbc.sql("""
                select v.indicator, v.period, v.month_value, v.ytd_value, v.basis, v.reported
                from indicators.value v
                where v.zone_id = :zone and v.enterprise_id = :enterprise
                  and v.period >= :from and v.period < :to
                order by v.indicator, v.period
                """)
                .param("zone", zoneId)
                .param("enterprise", enterpriseId)
                .param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("to", Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .query((rs, n) -> new Figure(
                        rs.getString("indicator"),
                        YearMonth.from(rs.getDate("period").toLocalDate()),
                        rs.getBigDecimal("month_value"),
                        rs.getBigDecimal("ytd_value"),
                        Basis.valueOf(rs.getString("basis")),
                        rs.getBigDecimal("reported")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Revision> revisions(UUID zoneId, UUID enterpriseId, YearMonth period) {
        return jdbc.sql("""
                select r.period, b.source, b.basis, r.status, b.actor, b.created_at, r.reported::text as reported
                from indicators.report_revision r
                join indicators.batch b on b.zone_id = r.zone_id and b.id = r.batch_id
                where r.zone_id = :zone and r.enterprise_id = :enterprise and r.period = :period
                order by r.seq desc
                """)
                .param("zone", zoneId)
                .param("enterprise", enterpriseId)
                .param("period", Date.valueOf(period.atDay(1)))
                .query((rs, n) -> new Revision(
                        YearMonth.from(rs.getDate("period").toLocalDate()),
                        rs.getString("source"),
                        Basis.valueOf(rs.getString("basis")),
                        rs.getString("status"),
                        rs.getString("actor"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        json.readValue(rs.getString("reported"), FIGURES)))
                .list();
    }

    @Override
    @Transactional
    public ImportResult correct(UUID zoneId, String actor, Basis basis, ReportedRow row) {
        Map<String, BigDecimal> before = reported(zoneId, row.creditCode(), row.period());
        ImportPipeline.Outcome outcome;
        try {
            outcome = pipeline.run(
                    new ImportPipeline.Batch(zoneId, actor, "MANUAL", basis, null, "ACCEPTED"),
                    new ReportedRows(List.of(row)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, BigDecimal> after = new LinkedHashMap<>(before);
        after.putAll(row.values());
        audit.record(new AuditEntry(
                zoneId,
                actor,
                "indicator-value",
                row.creditCode() + "/" + row.period(),
                "update",
                "修正 %s %s 的经济指标（%s）".formatted(row.creditCode(), row.period(), basis.name()),
                AuditEntry.diff(before, after)));
        return ImportService.result(outcome);
    }

    private Map<String, BigDecimal> reported(UUID zoneId, String creditCode, YearMonth period) {
        Map<String, BigDecimal> figures = new TreeMap<>();
        jdbc.sql("""
                select v.indicator, v.reported
                from indicators.value v
                join registry.enterprise_profile p on p.zone_id = v.zone_id and p.id = v.enterprise_id
                where v.zone_id = :zone and p.credit_code = :code and v.period = :period
                """)
                .param("zone", zoneId)
                .param("code", creditCode)
                .param("period", Date.valueOf(period == null ? LocalDate.of(1900, 1, 1) : period.atDay(1)))
                .query(rs -> {
                    figures.put(rs.getString("indicator"), rs.getBigDecimal("reported"));
                });
        return figures;
    }
}

package com.parkops.indicators.domain;

import com.parkops.indicators.IndicatorCatalogue;
import com.parkops.indicators.IndicatorDefinition;
import com.parkops.indicators.IndicatorKind;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcIndicatorCatalogue implements IndicatorCatalogue {

    /** The pseudo-zone holding the installation's default definitions. */
    static final UUID DEFAULTS = new UUID(0, 0);

    private static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 1);

    private static final Pattern CODE = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    JdbcIndicatorCatalogue(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional
    public IndicatorDefinition define(UUID zoneId, String actor, IndicatorDefinition definition) {
        if (definition.code() == null || !CODE.matcher(definition.code()).matches()) {
            throw new IllegalArgumentException("An indicator code is a letter followed by letters or digits");
        }
        if (blank(definition.nameZh())
                || blank(definition.nameEn())
                || blank(definition.unit())
                || definition.kind() == null
                || definition.effectiveFrom() == null) {
            throw new IllegalArgumentException("Names, unit, kind and effective month are required");
        }
        Optional<IndicatorDefinition> before = asOf(zoneId, definition.effectiveFrom()).stream()
                .filter(d -> d.code().equals(definition.code()))
                .findFirst();
        jdbc.sql("""
                insert into indicators.definition (zone_id, code, effective_from, name_zh, name_en, unit, kind,
                    negative_allowed, definition, sort_order, created_by)
                values (:zone, :code, :from, :nameZh, :nameEn, :unit, :kind, :negative, :text,
                    coalesce((select max(sort_order) from indicators.definition
                              where zone_id in (:zone, :defaults) and code = :code),
                             (select coalesce(max(sort_order), 0) + 10 from indicators.definition
                              where zone_id in (:zone, :defaults))),
                    :actor)
                on conflict (zone_id, code, effective_from) do update
                set name_zh = excluded.name_zh, name_en = excluded.name_en, unit = excluded.unit,
                    kind = excluded.kind, negative_allowed = excluded.negative_allowed,
                    definition = excluded.definition, created_by = excluded.created_by, created_at = now()
                """)
                .param("zone", zoneId)
                .param("defaults", DEFAULTS)
                .param("code", definition.code())
                .param("from", Date.valueOf(definition.effectiveFrom().atDay(1)))
                .param("nameZh", definition.nameZh().strip())
                .param("nameEn", definition.nameEn().strip())
                .param("unit", definition.unit().strip())
                .param("kind", definition.kind().name())
                .param("negative", definition.negativeAllowed())
                .param(
                        "text",
                        definition.definition() == null
                                ? ""
                                : definition.definition().strip())
                .param("actor", actor)
                .update();
        audit.record(new AuditEntry(
                zoneId,
                actor,
                "indicator-definition",
                definition.code() + "@" + definition.effectiveFrom(),
                before.isPresent() ? "update" : "create",
                "指标口径 %s 自 %s 起生效".formatted(definition.code(), definition.effectiveFrom()),
                AuditEntry.diff(before.map(JdbcIndicatorCatalogue::fields).orElse(Map.of()), fields(definition))));
        return versions(zoneId, definition.code()).stream()
                .filter(d -> d.effectiveFrom().equals(definition.effectiveFrom()))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> fields(IndicatorDefinition d) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("nameZh", d.nameZh());
        fields.put("nameEn", d.nameEn());
        fields.put("unit", d.unit());
        fields.put("kind", d.kind().name());
        fields.put("negativeAllowed", d.negativeAllowed());
        fields.put("definition", d.definition());
        return fields;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    @Override
    public List<IndicatorDefinition> asOf(UUID zoneId, YearMonth period) {
        return inForce(zoneId, period.atDay(1));
    }

    @Override
    public List<IndicatorDefinition> current(UUID zoneId) {
        return inForce(zoneId, END_OF_TIME);
    }

    @Override
    public List<IndicatorDefinition> versions(UUID zoneId, String code) {
        // a zone's own version wins over the default of the same month
        return jdbc.sql("""
                select distinct on (effective_from) *
                from indicators.definition
                where zone_id in (:zone, :defaults) and code = :code
                order by effective_from, zone_id = :defaults
                """)
                .param("zone", zoneId)
                .param("defaults", DEFAULTS)
                .param("code", code)
                .query((rs, n) -> map(rs))
                .list();
    }

    @Override
    public Optional<IndicatorDefinition> resolve(UUID zoneId, String codeOrName) {
        String wanted = codeOrName == null ? "" : codeOrName.strip();
        return current(zoneId).stream()
                .filter(d -> d.code().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))
                        || d.nameZh().equals(wanted))
                .findFirst();
    }

    private List<IndicatorDefinition> inForce(UUID zoneId, LocalDate day) {
        return jdbc.sql("""
                select * from (
                    select distinct on (code) *
                    from indicators.definition
                    where zone_id in (:zone, :defaults) and effective_from <= :day
                    order by code, effective_from desc, zone_id = :defaults
                ) d
                order by sort_order, code
                """)
                .param("zone", zoneId)
                .param("defaults", DEFAULTS)
                .param("day", Date.valueOf(day))
                .query((rs, n) -> map(rs))
                .list();
    }

    private static IndicatorDefinition map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new IndicatorDefinition(
                rs.getString("code"),
                rs.getString("name_zh"),
                rs.getString("name_en"),
                rs.getString("unit"),
                IndicatorKind.valueOf(rs.getString("kind")),
                rs.getBoolean("negative_allowed"),
                rs.getString("definition"),
                YearMonth.from(rs.getDate("effective_from").toLocalDate()));
    }
}

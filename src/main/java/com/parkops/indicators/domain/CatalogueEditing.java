package com.parkops.indicators.domain;

import com.parkops.indicators.DefinitionChange;
import com.parkops.indicators.IndicatorCatalogue;
import com.parkops.indicators.IndicatorCatalogueEditing;
import com.parkops.indicators.IndicatorDefinition;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a zone's own version of a definition. The new row copies kind, sign rule and catalogue
 * position from the version it succeeds, so figures already stored keep their meaning; only the
 * names, unit and 口径 text change from its month on.
 */
@Service
class CatalogueEditing implements IndicatorCatalogueEditing {

    private static final int NAME_LENGTH = 60;
    private static final int UNIT_LENGTH = 20;
    private static final int DEFINITION_LENGTH = 2000;
    private static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    private final JdbcClient jdbc;
    private final IndicatorCatalogue catalogue;
    private final AuditLog audit;
    private final MessageSource messages;

    CatalogueEditing(JdbcClient jdbc, IndicatorCatalogue catalogue, AuditLog audit, MessageSource messages) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.audit = audit;
        this.messages = messages;
    }

    @Override
    @Transactional
    public IndicatorDefinition addVersion(UUID zoneId, String actor, DefinitionChange change) {
        List<IndicatorDefinition> versions =
                change.code() == null ? List.of() : catalogue.versions(zoneId, change.code());
        List<InputError> errors = check(zoneId, change, versions);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(message("monitoring.catalogue.error.refused"), errors);
        }
        IndicatorDefinition base = versions.stream()
                .filter(v -> !v.effectiveFrom().isAfter(change.effectiveFrom()))
                .reduce((first, second) -> second)
                .orElse(versions.get(0));
        IndicatorDefinition added = new IndicatorDefinition(
                base.code(),
                change.nameZh().strip(),
                change.nameEn().strip(),
                change.unit().strip(),
                base.kind(),
                base.negativeAllowed(),
                change.definition().strip(),
                change.effectiveFrom());
        try {
            insert(zoneId, actor, added);
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException(
                    message("monitoring.catalogue.error.refused"),
                    List.of(new InputError(null, "effectiveFrom", message("monitoring.catalogue.error.exists"))));
        }
        audit.record(new AuditEntry(
                zoneId,
                actor,
                "indicator-definition",
                added.code(),
                "create",
                "新增指标“%s”的口径版本，自 %s 起执行".formatted(added.nameZh(), added.effectiveFrom()),
                AuditEntry.diff(snapshot(base), snapshot(added))));
        return added;
    }

    private List<InputError> check(UUID zoneId, DefinitionChange change, List<IndicatorDefinition> versions) {
        List<InputError> errors = new ArrayList<>();
        if (versions.isEmpty()) {
            errors.add(error("code", "monitoring.catalogue.error.unknownCode"));
            return errors;
        }
        if (change.effectiveFrom() == null) {
            errors.add(error("effectiveFrom", "monitoring.catalogue.error.required"));
        } else if (change.effectiveFrom().isBefore(EARLIEST)) {
            errors.add(error("effectiveFrom", "monitoring.catalogue.error.tooEarly"));
        } else if (zoneHasVersion(zoneId, change.code(), change.effectiveFrom())) {
            errors.add(error("effectiveFrom", "monitoring.catalogue.error.exists"));
        }
        text(errors, "nameZh", change.nameZh(), NAME_LENGTH);
        text(errors, "nameEn", change.nameEn(), NAME_LENGTH);
        text(errors, "unit", change.unit(), UNIT_LENGTH);
        text(errors, "definition", change.definition(), DEFINITION_LENGTH);
        if (change.nameZh() != null
                && nameTaken(zoneId, change.code(), change.nameZh().strip())) {
            errors.add(error("nameZh", "monitoring.catalogue.error.nameTaken"));
        }
        return errors;
    }

    private void text(List<InputError> errors, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(error(field, "monitoring.catalogue.error.required"));
        } else if (value.strip().length() > maxLength) {
            errors.add(new InputError(
                    null,
                    field,
                    messages.getMessage(
                            "monitoring.catalogue.error.tooLong",
                            new Object[] {maxLength},
                            LocaleContextHolder.getLocale())));
        }
    }

    /** Import headers may be Chinese names, so two indicators may not share one. */
    private boolean nameTaken(UUID zoneId, String code, String nameZh) {
        return catalogue.current(zoneId).stream()
                .anyMatch(d -> !d.code().equals(code) && d.nameZh().equals(nameZh));
    }

    private boolean zoneHasVersion(UUID zoneId, String code, YearMonth from) {
        return jdbc.sql("""
                        select count(*) from indicators.definition
                        where zone_id = :zone and code = :code and effective_from = :from
                        """)
                        .param("zone", zoneId)
                        .param("code", code)
                        .param("from", Date.valueOf(from.atDay(1)))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void insert(UUID zoneId, String actor, IndicatorDefinition d) {
        jdbc.sql("""
                insert into indicators.definition
                    (zone_id, code, effective_from, name_zh, name_en, unit, kind, negative_allowed, definition,
                     sort_order, created_by)
                select :zone, :code, :from, :nameZh, :nameEn, :unit, :kind, :negative, :definition,
                       coalesce((select max(sort_order) from indicators.definition where code = :code), 1000), :actor
                """)
                .param("zone", zoneId)
                .param("code", d.code())
                .param("from", Date.valueOf(d.effectiveFrom().atDay(1)))
                .param("nameZh", d.nameZh())
                .param("nameEn", d.nameEn())
                .param("unit", d.unit())
                .param("kind", d.kind().name())
                .param("negative", d.negativeAllowed())
                .param("definition", d.definition())
                .param("actor", actor)
                .update();
    }

    private static Map<String, Object> snapshot(IndicatorDefinition d) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("nameZh", d.nameZh());
        fields.put("nameEn", d.nameEn());
        fields.put("unit", d.unit());
        fields.put("definition", d.definition());
        fields.put("effectiveFrom", d.effectiveFrom().toString());
        return fields;
    }

    private InputError error(String field, String key) {
        return new InputError(null, field, message(key));
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}

package com.parkops.investment.domain;

import com.parkops.investment.InvestmentSettings;
import com.parkops.investment.InvestmentSettingsService;
import com.parkops.investment.ProductionRateBase;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InputError;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A zone's investment settings: its own row over the installation defaults. */
@Service
class InvestmentSettingsStore implements InvestmentSettingsService {

    private static final BigDecimal MAX_RATE = new BigDecimal("100");

    private record Row(BigDecimal usdRate, BigDecimal domestic, BigDecimal foreign, String base, int version) {}

    private final JdbcClient jdbc;
    private final InvestmentProperties defaults;
    private final AuditLog audit;
    private final InvestmentMessages messages;
    private final Clock clock;

    InvestmentSettingsStore(
            JdbcClient jdbc, InvestmentProperties defaults, AuditLog audit, InvestmentMessages messages, Clock clock) {
        this.jdbc = jdbc;
        this.defaults = defaults;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public InvestmentSettings settings(UUID zoneId) {
        Optional<Row> row = jdbc.sql("""
                        select usd_rate, threshold_domestic, threshold_foreign, production_rate_base, version
                        from investment.settings where zone_id = :zone
                        """)
                .param("zone", zoneId)
                .query((rs, n) -> new Row(
                        rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getString(4), rs.getInt(5)))
                .optional();
        return new InvestmentSettings(
                row.map(Row::usdRate).orElse(defaults.usdRate()),
                row.map(Row::domestic).orElse(defaults.thresholdDomestic()),
                row.map(Row::foreign).orElse(defaults.thresholdForeign()),
                row.map(Row::base).map(ProductionRateBase::valueOf).orElse(defaults.productionRateBase()),
                row.map(Row::version).orElse(0));
    }

    @Override
    @Transactional
    public InvestmentSettings update(UUID zoneId, String actor, InvestmentSettings change) {
        List<InputError> errors = new ArrayList<>();
        positive(change.usdRate(), "usdRate", MAX_RATE, errors);
        positive(change.thresholdDomestic(), "thresholdDomestic", null, errors);
        positive(change.thresholdForeign(), "thresholdForeign", null, errors);
        if (change.productionRateBase() == null) {
            errors.add(messages.error(null, "productionRateBase", "investment.error.required"));
        }
        messages.refuse(errors);
        InvestmentSettings before = settings(zoneId);
        jdbc.sql("insert into investment.settings (zone_id) values (:zone) on conflict do nothing")
                .param("zone", zoneId)
                .update();
        int updated = jdbc.sql("""
                        update investment.settings
                        set usd_rate = :rate, threshold_domestic = :domestic, threshold_foreign = :foreign,
                            production_rate_base = :base, version = version + 1, updated_by = :actor, updated_at = :at
                        where zone_id = :zone and version = :version
                        """)
                .param("rate", change.usdRate())
                .param("domestic", change.thresholdDomestic())
                .param("foreign", change.thresholdForeign())
                .param("base", change.productionRateBase().name())
                .param("actor", actor)
                .param("at", OffsetDateTime.now(clock))
                .param("zone", zoneId)
                .param("version", change.version())
                .update();
        if (updated == 0) {
            throw new ConflictException(messages.text("investment.error.stale"));
        }
        audit.record(new AuditEntry(
                zoneId,
                actor,
                "investment-settings",
                zoneId.toString(),
                "update",
                messages.text("investment.audit.settings"),
                AuditEntry.diff(snapshot(before), snapshot(change))));
        return settings(zoneId);
    }

    private void positive(BigDecimal value, String field, BigDecimal max, List<InputError> errors) {
        if (value == null || value.signum() <= 0 || (max != null && value.compareTo(max) > 0)) {
            errors.add(messages.error(null, field, "investment.error.positive"));
        }
    }

    private static Map<String, Object> snapshot(InvestmentSettings settings) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("usdRate", settings.usdRate());
        fields.put("thresholdDomestic", settings.thresholdDomestic());
        fields.put("thresholdForeign", settings.thresholdForeign());
        fields.put("productionRateBase", settings.productionRateBase());
        return fields;
    }
}

package com.parkops.indicators.domain;

import com.parkops.indicators.IndicatorCatalogue;
import com.parkops.indicators.IndicatorDefinition;
import com.parkops.indicators.IndicatorKind;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcIndicatorCatalogue implements IndicatorCatalogue {

    /** The pseudo-zone holding the installation's default definitions. */
    static final UUID DEFAULTS = new UUID(0, 0);

    private static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 1);

    private final JdbcClient jdbc;

    JdbcIndicatorCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

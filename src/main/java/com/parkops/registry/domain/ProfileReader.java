package com.parkops.registry.domain;

import com.parkops.registry.EnterpriseProfile;
import com.parkops.registry.Enterprises;
import com.parkops.registry.Scale;
import com.parkops.shared.CreditCode;
import com.parkops.shared.db.StreamingJdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Other modules' view of the registry: rows of {@code registry.enterprise_profile}. */
@Service
@Transactional(readOnly = true)
class ProfileReader implements Enterprises {

    private static final String SELECT = """
            select id, credit_code, name, industry_code, chain, leading_chain, emerging_category, scale,
                   above_scale_since, registered_on, exempt_reason, land_m2, land_mu
            from registry.enterprise_profile
            where zone_id = :zone
            """;

    private final JdbcClient jdbc;
    private final StreamingJdbc streaming;
    private final SettingsStore settings;

    ProfileReader(JdbcClient jdbc, StreamingJdbc streaming, SettingsStore settings) {
        this.jdbc = jdbc;
        this.streaming = streaming;
        this.settings = settings;
    }

    @Override
    public Optional<EnterpriseProfile> byCreditCode(UUID zoneId, String creditCode) {
        return jdbc.sql(SELECT + " and credit_code = :code")
                .param("zone", zoneId)
                .param("code", CreditCode.normalize(creditCode))
                .query((rs, n) -> map(rs))
                .optional();
    }

    @Override
    public Optional<EnterpriseProfile> byId(UUID zoneId, UUID id) {
        return jdbc.sql(SELECT + " and id = :id")
                .param("zone", zoneId)
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    @Override
    public void forEach(UUID zoneId, Consumer<EnterpriseProfile> action) {
        streaming.query(SELECT + " order by credit_code", Map.of("zone", zoneId), rs -> action.accept(map(rs)));
    }

    @Override
    public Map<String, UUID> idsByCreditCode(UUID zoneId) {
        Map<String, UUID> ids = new HashMap<>();
        streaming.query(
                "select credit_code, id from registry.enterprise where zone_id = :zone",
                Map.of("zone", zoneId),
                rs -> ids.put(rs.getString("credit_code"), rs.getObject("id", UUID.class)));
        return ids;
    }

    @Override
    public Optional<String> leadingChain(UUID zoneId) {
        return Optional.ofNullable(settings.find(zoneId).leadingChain());
    }

    private static EnterpriseProfile map(ResultSet rs) throws SQLException {
        return new EnterpriseProfile(
                rs.getObject("id", UUID.class),
                rs.getString("credit_code"),
                rs.getString("name"),
                rs.getString("industry_code"),
                rs.getString("chain"),
                rs.getBoolean("leading_chain"),
                EnterpriseRows.emerging(rs.getString("emerging_category")),
                Scale.valueOf(rs.getString("scale")),
                EnterpriseRows.yearMonth(rs.getDate("above_scale_since")),
                EnterpriseRows.localDate(rs.getDate("registered_on")),
                rs.getString("exempt_reason"),
                rs.getBigDecimal("land_m2"),
                rs.getBigDecimal("land_mu"));
    }
}

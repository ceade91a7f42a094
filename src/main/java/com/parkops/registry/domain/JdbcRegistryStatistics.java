package com.parkops.registry.domain;

import com.parkops.registry.QualificationKind;
import com.parkops.registry.RegistryStatistics;
import com.parkops.registry.Scale;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcRegistryStatistics implements RegistryStatistics {

    private final JdbcClient jdbc;
    private final ZoneCalendar calendar;
    private final SettingsStore settings;

    JdbcRegistryStatistics(JdbcClient jdbc, ZoneCalendar calendar, SettingsStore settings) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.settings = settings;
    }

    @Override
    public List<ChainScaleCount> countsByChainAndScale(UUID zoneId) {
        return jdbc.sql("""
                select c.name as chain, e.scale, count(*) as enterprises
                from registry.enterprise e
                left join registry.chain c on c.zone_id = e.zone_id and c.id = e.chain_id
                where e.zone_id = :zone
                group by c.name, e.scale
                order by c.name nulls last, e.scale
                """)
                .param("zone", zoneId)
                .query((rs, n) -> new ChainScaleCount(
                        rs.getString("chain"), Scale.valueOf(rs.getString("scale")), rs.getLong("enterprises")))
                .list();
    }

    @Override
    public List<ExpiringQualification> expiringQualifications(UUID zoneId, UUID onlyEnterprise, int limit) {
        LocalDate today = calendar.today(zoneId);
        LocalDate until = today.plusDays(settings.find(zoneId).qualificationAlertDays());
        return jdbc.sql("""
                select e.credit_code, e.name, q.kind, q.expires_on
                from registry.qualification q
                join registry.enterprise e on e.zone_id = q.zone_id and e.id = q.enterprise_id
                where q.zone_id = :zone and q.status = 'VALID'
                  and q.expires_on between :today and :until
                  and (cast(:only as uuid) is null or e.id = :only)
                order by q.expires_on, e.name
                limit :limit
                """)
                .param("zone", zoneId)
                .param("today", today)
                .param("until", until)
                .param("only", onlyEnterprise)
                .param("limit", limit)
                .query((rs, n) -> {
                    LocalDate expires = rs.getObject("expires_on", LocalDate.class);
                    return new ExpiringQualification(
                            rs.getString("credit_code"),
                            rs.getString("name"),
                            QualificationKind.valueOf(rs.getString("kind")),
                            expires,
                            ChronoUnit.DAYS.between(today, expires));
                })
                .list();
    }
}

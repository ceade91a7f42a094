package com.parkops.registry.domain;

import com.parkops.registry.RegistrySettings;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One settings row per zone, created on the first write; absent means the defaults. */
@Repository
class SettingsStore {

    private final JdbcClient jdbc;

    SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RegistrySettings find(UUID zoneId) {
        return jdbc.sql("""
                        select c.name as leading_chain, s.count_leased_land, s.qualification_alert_days, s.version
                        from registry.settings s
                        left join registry.chain c on c.zone_id = s.zone_id and c.id = s.leading_chain_id
                        where s.zone_id = :zone
                        """)
                .param("zone", zoneId)
                .query((rs, n) -> new RegistrySettings(
                        rs.getString("leading_chain"),
                        rs.getBoolean("count_leased_land"),
                        rs.getInt("qualification_alert_days"),
                        rs.getInt("version")))
                .optional()
                .orElseGet(RegistrySettings::defaults);
    }

    /** Writes the settings if the stored version is still {@code expectedVersion} (0 when none is stored). */
    void save(UUID zoneId, UUID leadingChainId, boolean countLeasedLand, int alertDays, int expectedVersion) {
        int rows = jdbc.sql("""
                        insert into registry.settings
                            (zone_id, leading_chain_id, count_leased_land, qualification_alert_days, version)
                        values (:zone, :chain, :leased, :days, 1)
                        on conflict (zone_id) do update
                            set leading_chain_id = excluded.leading_chain_id,
                                count_leased_land = excluded.count_leased_land,
                                qualification_alert_days = excluded.qualification_alert_days,
                                version = settings.version + 1
                            where settings.version = :version
                        """)
                .param("zone", zoneId)
                .param("chain", leadingChainId)
                .param("leased", countLeasedLand)
                .param("days", alertDays)
                .param("version", expectedVersion)
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("Registry settings of zone " + zoneId + " changed meanwhile");
        }
    }
}

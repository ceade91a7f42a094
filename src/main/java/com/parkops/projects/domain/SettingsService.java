package com.parkops.projects.domain;

import com.parkops.projects.ProjectSettings;
import com.parkops.projects.ProjectSettingsService;
import com.parkops.shared.InputError;
import com.parkops.zone.ZoneUser;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A zone's warning days and order deadline: stored overrides over the installation defaults. */
@Service
class SettingsService implements ProjectSettingsService {

    private final JdbcClient jdbc;
    private final ProjectsProperties defaults;
    private final Texts texts;
    private final Audit audit;
    private final Clock clock;

    SettingsService(JdbcClient jdbc, ProjectsProperties defaults, Texts texts, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.defaults = defaults;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ProjectSettings get(UUID zoneId) {
        return jdbc.sql("select warn_days, order_days, version from projects.settings where zone_id = :zone")
                .param("zone", zoneId)
                .query((rs, n) -> new ProjectSettings(
                        rs.getObject("warn_days") == null ? defaults.warnDays() : rs.getInt("warn_days"),
                        rs.getObject("order_days") == null ? defaults.orderDays() : rs.getInt("order_days"),
                        rs.getInt("version")))
                .optional()
                .orElse(new ProjectSettings(defaults.warnDays(), defaults.orderDays(), 0));
    }

    @Override
    @Transactional
    public ProjectSettings update(ZoneUser user, ProjectSettings settings) {
        List<InputError> errors = new ArrayList<>();
        if (settings.warnDays() < 0 || settings.warnDays() > 365) {
            errors.add(texts.error(null, "warnDays", "projects.error.range", 0, 365));
        }
        if (settings.orderDays() < 1 || settings.orderDays() > 120) {
            errors.add(texts.error(null, "orderDays", "projects.error.range", 1, 120));
        }
        texts.refuse(errors);
        ProjectSettings before = get(user.zoneId());
        if (before.version() != settings.version()) {
            throw texts.stale();
        }
        jdbc.sql("""
                insert into projects.settings (zone_id, warn_days, order_days, version, updated_by, updated_at)
                values (:zone, :warn, :order, 1, :actor, :at)
                on conflict (zone_id) do update set warn_days = :warn, order_days = :order,
                    version = projects.settings.version + 1, updated_by = :actor, updated_at = :at
                """)
                .param("zone", user.zoneId())
                .param("warn", settings.warnDays())
                .param("order", settings.orderDays())
                .param("actor", user.getUsername())
                .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update();
        audit.record(
                user.zoneId(),
                user.getUsername(),
                "project-settings",
                user.zoneId(),
                "update",
                "project settings",
                Map.of("warnDays", before.warnDays(), "orderDays", before.orderDays()),
                Map.of("warnDays", settings.warnDays(), "orderDays", settings.orderDays()));
        return get(user.zoneId());
    }
}

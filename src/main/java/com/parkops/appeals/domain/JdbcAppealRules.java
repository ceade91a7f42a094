package com.parkops.appeals.domain;

import com.parkops.appeals.AppealRules;
import com.parkops.appeals.AppealSettings;
import com.parkops.appeals.AppealType;
import com.parkops.appeals.Satisfaction;
import com.parkops.shared.InputError;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A zone's appeal settings: the installation defaults with the zone's saved values over them. */
@Service
class JdbcAppealRules implements AppealRules {

    private static final Map<AppealType, String> REPLY_COLUMNS = Map.of(
            AppealType.CONSULT, "reply_days_consult",
            AppealType.HELP, "reply_days_help",
            AppealType.COMPLAINT, "reply_days_complaint",
            AppealType.REPORT, "reply_days_report",
            AppealType.SUGGESTION, "reply_days_suggestion");

    private final JdbcClient jdbc;
    private final AppealsProperties properties;
    private final Users users;
    private final AuditLog audit;
    private final AppealMessages messages;

    JdbcAppealRules(
            JdbcClient jdbc, AppealsProperties properties, Users users, AuditLog audit, AppealMessages messages) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.users = users;
        this.audit = audit;
        this.messages = messages;
    }

    @Override
    public AppealSettings settings(UUID zoneId) {
        AppealSettings defaults = properties.defaults();
        AppealSettings saved = jdbc.sql("select * from appeals.settings where zone_id = :zone")
                .param("zone", zoneId)
                .query((rs, n) -> merge(rs, defaults))
                .optional()
                .orElse(defaults);
        return saved.serviceCentreDepartmentId() != null ? saved : saved.withServiceCentre(guessCentre(zoneId));
    }

    @Override
    @Transactional
    public AppealSettings save(ZoneUser admin, AppealSettings s) {
        validate(admin.zoneId(), s);
        AppealSettings before = settings(admin.zoneId());
        jdbc.sql("""
                insert into appeals.settings (zone_id, service_centre_department_id, dispatch_days, acknowledge_days,
                    urgent_acknowledge_hours, return_days, reply_days_consult, reply_days_help, reply_days_complaint,
                    reply_days_report, reply_days_suggestion, max_extension_days, revisit_days, end_of_day,
                    satisfied, escalate_after_days, updated_by, updated_at)
                values (:zone, :centre, :dispatch, :acknowledge, :urgent, :returnDays, :consult, :help, :complaint,
                    :report, :suggestion, :extension, :revisit, :endOfDay, cast(:satisfied as text[]), :escalate, :actor, now())
                on conflict (zone_id) do update set service_centre_department_id = excluded.service_centre_department_id,
                    dispatch_days = excluded.dispatch_days, acknowledge_days = excluded.acknowledge_days,
                    urgent_acknowledge_hours = excluded.urgent_acknowledge_hours, return_days = excluded.return_days,
                    reply_days_consult = excluded.reply_days_consult, reply_days_help = excluded.reply_days_help,
                    reply_days_complaint = excluded.reply_days_complaint, reply_days_report = excluded.reply_days_report,
                    reply_days_suggestion = excluded.reply_days_suggestion,
                    max_extension_days = excluded.max_extension_days, revisit_days = excluded.revisit_days,
                    end_of_day = excluded.end_of_day, satisfied = excluded.satisfied,
                    escalate_after_days = excluded.escalate_after_days, updated_by = excluded.updated_by,
                    updated_at = now(), version = appeals.settings.version + 1
                """)
                .param("zone", admin.zoneId())
                .param("centre", s.serviceCentreDepartmentId())
                .param("dispatch", s.dispatchDays())
                .param("acknowledge", s.acknowledgeDays())
                .param("urgent", s.urgentAcknowledgeHours())
                .param("returnDays", s.returnDays())
                .param("consult", s.replyDays(AppealType.CONSULT))
                .param("help", s.replyDays(AppealType.HELP))
                .param("complaint", s.replyDays(AppealType.COMPLAINT))
                .param("report", s.replyDays(AppealType.REPORT))
                .param("suggestion", s.replyDays(AppealType.SUGGESTION))
                .param("extension", s.maxExtensionDays())
                .param("revisit", s.revisitDays())
                .param("endOfDay", Time.valueOf(s.endOfDay()))
                .param("satisfied", textArray(s.satisfied()))
                .param("escalate", s.escalateAfterDays())
                .param("actor", admin.getUsername())
                .update();
        AppealSettings after = settings(admin.zoneId());
        audit.record(new AuditEntry(
                admin.zoneId(),
                admin.getUsername(),
                "appeal-settings",
                admin.zoneId().toString(),
                "update",
                messages.stored("appeals.audit.settings"),
                AuditEntry.diff(snapshot(before), snapshot(after))));
        return after;
    }

    private void validate(UUID zoneId, AppealSettings s) {
        List<InputError> errors = new ArrayList<>();
        if (s.serviceCentreDepartmentId() != null
                && users.department(zoneId, s.serviceCentreDepartmentId()).isEmpty()) {
            errors.add(messages.error("serviceCentreDepartmentId", "appeals.error.unknownDepartment"));
        }
        range(errors, "dispatchDays", s.dispatchDays(), 1, 30);
        range(errors, "acknowledgeDays", s.acknowledgeDays(), 1, 30);
        range(errors, "urgentAcknowledgeHours", s.urgentAcknowledgeHours(), 1, 72);
        range(errors, "returnDays", s.returnDays(), 1, 30);
        for (AppealType type : AppealType.values()) {
            range(errors, "replyDays." + type.name(), s.replyDays(type), 1, 60);
        }
        range(errors, "maxExtensionDays", s.maxExtensionDays(), 0, 60);
        range(errors, "revisitDays", s.revisitDays(), 1, 30);
        range(errors, "escalateAfterDays", s.escalateAfterDays(), 1, 60);
        if (s.endOfDay() == null) {
            errors.add(messages.error("endOfDay", "appeals.error.required"));
        }
        messages.refuse(errors);
    }

    private void range(List<InputError> errors, String field, int value, int min, int max) {
        if (value < min || value > max) {
            errors.add(messages.error(field, "appeals.error.range", min, max));
        }
    }

    /** The first department, by name, called like the service centre (企业服务中心, 营商环境). */
    private UUID guessCentre(UUID zoneId) {
        return users.departments(zoneId).stream()
                .filter(d -> d.name().contains("企业服务中心") || d.name().contains("营商环境"))
                .min(Comparator.comparing(Users.Department::name))
                .map(Users.Department::id)
                .orElse(null);
    }

    private static String textArray(Set<Satisfaction> satisfied) {
        return "{"
                + String.join(",", satisfied.stream().map(Enum::name).sorted().toList()) + "}";
    }

    private static AppealSettings merge(ResultSet rs, AppealSettings d) throws SQLException {
        Map<AppealType, Integer> reply = new EnumMap<>(AppealType.class);
        for (var column : REPLY_COLUMNS.entrySet()) {
            reply.put(column.getKey(), or(rs, column.getValue(), d.replyDays(column.getKey())));
        }
        Time end = rs.getTime("end_of_day");
        Array satisfied = rs.getArray("satisfied");
        Set<Satisfaction> verdicts = new HashSet<>(d.satisfied());
        if (satisfied != null) {
            verdicts.clear();
            Arrays.stream((String[]) satisfied.getArray())
                    .map(Satisfaction::valueOf)
                    .forEach(verdicts::add);
        }
        return new AppealSettings(
                rs.getObject("service_centre_department_id", UUID.class),
                or(rs, "dispatch_days", d.dispatchDays()),
                or(rs, "acknowledge_days", d.acknowledgeDays()),
                or(rs, "urgent_acknowledge_hours", d.urgentAcknowledgeHours()),
                or(rs, "return_days", d.returnDays()),
                reply,
                or(rs, "max_extension_days", d.maxExtensionDays()),
                or(rs, "revisit_days", d.revisitDays()),
                end == null ? d.endOfDay() : end.toLocalTime(),
                verdicts,
                or(rs, "escalate_after_days", d.escalateAfterDays()));
    }

    private static int or(ResultSet rs, String column, int fallback) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? fallback : value;
    }

    private static Map<String, Object> snapshot(AppealSettings s) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("serviceCentreDepartmentId", s.serviceCentreDepartmentId());
        values.put("dispatchDays", s.dispatchDays());
        values.put("acknowledgeDays", s.acknowledgeDays());
        values.put("urgentAcknowledgeHours", s.urgentAcknowledgeHours());
        values.put("returnDays", s.returnDays());
        s.replyDays().forEach((type, days) -> values.put("replyDays." + type.name(), days));
        values.put("maxExtensionDays", s.maxExtensionDays());
        values.put("revisitDays", s.revisitDays());
        values.put("endOfDay", s.endOfDay());
        values.put("satisfied", s.satisfied().stream().map(Enum::name).sorted().toList());
        values.put("escalateAfterDays", s.escalateAfterDays());
        return values;
    }
}

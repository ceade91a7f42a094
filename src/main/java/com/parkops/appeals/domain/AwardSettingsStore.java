package com.parkops.appeals.domain;

import com.parkops.appeals.AwardSettings;
import com.parkops.shared.InputError;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.ZoneUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A zone's award thresholds ({@code appeals.award_settings}); no row = the defaults. */
@Component
class AwardSettingsStore {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AppealMessages messages;

    AwardSettingsStore(JdbcClient jdbc, AuditLog audit, AppealMessages messages) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
    }

    AwardSettings settings(UUID zoneId) {
        return jdbc.sql("select * from appeals.award_settings where zone_id = :zone")
                .param("zone", zoneId)
                .query((rs, n) -> new AwardSettings(
                        rs.getInt("snail_overdue_cases"),
                        rs.getBigDecimal("snail_overdue_rate_percent"),
                        rs.getInt("snail_days_after_reminder"),
                        rs.getInt("snail_reminders_per_case"),
                        rs.getInt("snail_slip_days"),
                        rs.getInt("ball_rejected_returns"),
                        rs.getInt("ball_departments_per_case"),
                        rs.getBigDecimal("ball_redispatch_points"),
                        rs.getInt("ball_min_dispatched"),
                        rs.getInt("version")))
                .optional()
                .orElse(AwardSettings.defaults());
    }

    /** Saves under the version read; the caller's transaction holds the audit entry too. */
    AwardSettings save(ZoneUser admin, AwardSettings s) {
        validate(s);
        AwardSettings before = settings(admin.zoneId());
        if (before.version() != s.version()) {
            throw new OptimisticLockingFailureException("award settings changed since they were read");
        }
        int written = jdbc.sql("""
                insert into appeals.award_settings (zone_id, snail_overdue_cases, snail_overdue_rate_percent,
                    snail_days_after_reminder, snail_reminders_per_case, snail_slip_days, ball_rejected_returns,
                    ball_departments_per_case, ball_redispatch_points, ball_min_dispatched, version, updated_by, updated_at)
                values (:zone, :overdue, :rate, :wait, :reminders, :slip, :rejected, :departments, :points, :min, 1,
                    :actor, now())
                on conflict (zone_id) do update set snail_overdue_cases = excluded.snail_overdue_cases,
                    snail_overdue_rate_percent = excluded.snail_overdue_rate_percent,
                    snail_days_after_reminder = excluded.snail_days_after_reminder,
                    snail_reminders_per_case = excluded.snail_reminders_per_case,
                    snail_slip_days = excluded.snail_slip_days, ball_rejected_returns = excluded.ball_rejected_returns,
                    ball_departments_per_case = excluded.ball_departments_per_case,
                    ball_redispatch_points = excluded.ball_redispatch_points,
                    ball_min_dispatched = excluded.ball_min_dispatched, updated_by = excluded.updated_by,
                    updated_at = now(), version = appeals.award_settings.version + 1
                where appeals.award_settings.version = :version
                """)
                .param("zone", admin.zoneId())
                .param("overdue", s.snailOverdueCases())
                .param("rate", scaled(s.snailOverdueRatePercent()))
                .param("wait", s.snailDaysAfterReminder())
                .param("reminders", s.snailRemindersPerCase())
                .param("slip", s.snailSlipDays())
                .param("rejected", s.ballRejectedReturns())
                .param("departments", s.ballDepartmentsPerCase())
                .param("points", scaled(s.ballRedispatchPoints()))
                .param("min", s.ballMinDispatched())
                .param("version", s.version())
                .param("actor", admin.getUsername())
                .update();
        if (written == 0) {
            throw new OptimisticLockingFailureException("award settings changed since they were read");
        }
        AwardSettings after = settings(admin.zoneId());
        audit.record(new AuditEntry(
                admin.zoneId(),
                admin.getUsername(),
                "appeal-award-settings",
                admin.zoneId().toString(),
                "update",
                messages.stored("appeals.awards.audit.settings"),
                AuditEntry.diff(snapshot(before), snapshot(after))));
        return after;
    }

    private void validate(AwardSettings s) {
        List<InputError> errors = new ArrayList<>();
        range(errors, "snailOverdueCases", s.snailOverdueCases(), 1, 1000);
        percent(errors, "snailOverdueRatePercent", s.snailOverdueRatePercent(), false);
        range(errors, "snailDaysAfterReminder", s.snailDaysAfterReminder(), 1, 60);
        range(errors, "snailRemindersPerCase", s.snailRemindersPerCase(), 1, 20);
        range(errors, "snailSlipDays", s.snailSlipDays(), 1, 1000);
        range(errors, "ballRejectedReturns", s.ballRejectedReturns(), 1, 100);
        range(errors, "ballDepartmentsPerCase", s.ballDepartmentsPerCase(), 2, 20);
        percent(errors, "ballRedispatchPoints", s.ballRedispatchPoints(), true);
        range(errors, "ballMinDispatched", s.ballMinDispatched(), 1, 1000);
        messages.refuse(errors);
    }

    private void range(List<InputError> errors, String field, int value, int min, int max) {
        if (value < min || value > max) {
            errors.add(messages.error(field, "appeals.error.range", min, max));
        }
    }

    private void percent(List<InputError> errors, String field, BigDecimal value, boolean zeroAllowed) {
        if (value == null
                || value.compareTo(BigDecimal.valueOf(100)) > 0
                || value.signum() < 0
                || (!zeroAllowed && value.signum() == 0)
                || value.stripTrailingZeros().scale() > 2) {
            errors.add(messages.error(field, "appeals.awards.error.percent"));
        }
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static Map<String, Object> snapshot(AwardSettings s) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("snailOverdueCases", s.snailOverdueCases());
        values.put("snailOverdueRatePercent", s.snailOverdueRatePercent().setScale(2, RoundingMode.HALF_UP));
        values.put("snailDaysAfterReminder", s.snailDaysAfterReminder());
        values.put("snailRemindersPerCase", s.snailRemindersPerCase());
        values.put("snailSlipDays", s.snailSlipDays());
        values.put("ballRejectedReturns", s.ballRejectedReturns());
        values.put("ballDepartmentsPerCase", s.ballDepartmentsPerCase());
        values.put("ballRedispatchPoints", s.ballRedispatchPoints().setScale(2, RoundingMode.HALF_UP));
        values.put("ballMinDispatched", s.ballMinDispatched());
        return values;
    }
}

package com.parkops.indicators.domain;

import com.parkops.indicators.SubmissionStatus;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Audit entries of monthly reports (entity type {@code indicator-submission}, id {@code <credit
 * code>/<YYYY-MM>}) and reminders ({@code indicator-reminder}, same id).
 */
@Component
class SubmissionAudit {

    static final String SUBMISSION = "indicator-submission";
    static final String REMINDER = "indicator-reminder";

    private final AuditLog log;

    SubmissionAudit(AuditLog log) {
        this.log = log;
    }

    /** A draft saved, possibly submitted: the status and every figure that changed. */
    void saved(
            UUID zoneId,
            String actor,
            String creditCode,
            Submission submission,
            SubmissionStatus before,
            Map<String, BigDecimal> figuresBefore) {
        Map<String, AuditEntry.Change> changes = new LinkedHashMap<>();
        changes.put(
                "status",
                new AuditEntry.Change(
                        before == null ? null : before.name(),
                        submission.status().name()));
        AuditEntry.diff(figuresBefore, submission.figures()).forEach(changes::put);
        boolean submitted = submission.status() == SubmissionStatus.SUBMITTED;
        String action = submitted ? "submit" : before == null ? "create" : "update";
        String summary = (submitted ? "提交 %s %s 月度报表（%d 项数据，%d 条异常提示）" : "保存 %s %s 月度报表草稿（%d 项数据，%d 条异常提示）")
                .formatted(
                        creditCode,
                        submission.period(),
                        submission.figures().size(),
                        submission.state().findings().size());
        log.record(new AuditEntry(zoneId, actor, SUBMISSION, id(creditCode, submission), action, summary, changes));
    }

    /** Accepted or returned by staff; {@code reason} for a return. */
    void decided(UUID zoneId, String actor, String creditCode, Submission submission, String action, String reason) {
        Map<String, AuditEntry.Change> changes = new LinkedHashMap<>();
        changes.put(
                "status",
                new AuditEntry.Change(
                        SubmissionStatus.SUBMITTED.name(), submission.status().name()));
        if (reason != null) {
            changes.put("reason", new AuditEntry.Change(null, reason));
        }
        String summary = ("accept".equals(action) ? "审核通过 %s %s 月度报表" : "退回 %s %s 月度报表")
                .formatted(creditCode, submission.period());
        log.record(new AuditEntry(zoneId, actor, SUBMISSION, id(creditCode, submission), action, summary, changes));
    }

    /** A reminder of an overdue report. */
    void reminded(UUID zoneId, String actor, String creditCode, java.time.YearMonth period, boolean automatic) {
        log.record(new AuditEntry(
                zoneId,
                actor,
                REMINDER,
                creditCode + "/" + period,
                "remind",
                (automatic ? "自动催报 %s %s 月度报表" : "催报 %s %s 月度报表").formatted(creditCode, period),
                Map.of("automatic", new AuditEntry.Change(null, automatic))));
    }

    private static String id(String creditCode, Submission submission) {
        return creditCode + "/" + submission.period();
    }
}

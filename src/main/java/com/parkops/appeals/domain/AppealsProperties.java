package com.parkops.appeals.domain;

import com.parkops.appeals.AppealSettings;
import com.parkops.appeals.AppealType;
import com.parkops.appeals.Satisfaction;
import com.parkops.shared.files.UploadRules;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Installation defaults of the appeals ({@code parkops.appeals.*}); a zone overrides the deadline
 * rules in its settings. Working days count on the zone's holiday calendar.
 *
 * @param casePrefix the case number's prefix: {@code SQ} gives {@code SQ2026-000123}
 * @param replyDays reply deadline per type; a type left out keeps the domain guide's default
 * @param satisfied the revisit verdicts that count as satisfied
 * @param reminderCron when overdue appeals are reminded (催办) and escalated; {@code -} switches it off
 * @param maxAttachmentSize per file
 * @param maxAttachments per appeal
 * @param contentTypes the file types accepted; by default {@link UploadRules#DEFAULT_CONTENT_TYPES}
 * @param duplicateThreshold the title similarity (0..1) from which an open appeal is suggested as a duplicate
 */
@ConfigurationProperties("parkops.appeals")
record AppealsProperties(
        @DefaultValue("SQ") String casePrefix,
        @DefaultValue("1") int dispatchDays,
        @DefaultValue("1") int acknowledgeDays,
        @DefaultValue("2") int urgentAcknowledgeHours,
        @DefaultValue("2") int returnDays,
        Map<AppealType, Integer> replyDays,
        @DefaultValue("10") int maxExtensionDays,
        @DefaultValue("1") int revisitDays,
        @DefaultValue("18:00") LocalTime endOfDay,
        @DefaultValue({"SATISFIED", "BASICALLY_SATISFIED"}) List<Satisfaction> satisfied,
        @DefaultValue("5") int escalateAfterDays,
        @DefaultValue("0 */15 * * * *") String reminderCron,
        @DefaultValue("10MB") DataSize maxAttachmentSize,
        @DefaultValue("5") int maxAttachments,
        List<String> contentTypes,
        @DefaultValue("0.5") double duplicateThreshold) {

    AppealsProperties {
        contentTypes = contentTypes == null ? UploadRules.DEFAULT_CONTENT_TYPES : contentTypes;
    }

    /** The installation's defaults as settings, before a zone's overrides. */
    AppealSettings defaults() {
        Map<AppealType, Integer> reply = new EnumMap<>(AppealSettings.defaults().replyDays());
        if (replyDays != null) {
            reply.putAll(replyDays);
        }
        return new AppealSettings(
                null,
                dispatchDays,
                acknowledgeDays,
                urgentAcknowledgeHours,
                returnDays,
                reply,
                maxExtensionDays,
                revisitDays,
                endOfDay,
                Set.copyOf(satisfied),
                escalateAfterDays);
    }
}

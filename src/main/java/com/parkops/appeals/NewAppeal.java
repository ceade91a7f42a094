package com.parkops.appeals;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An appeal as taken in. An enterprise user's own enterprise and channel {@link Channel#PORTAL} are
 * forced; staff name the enterprise by {@code creditCode} (registered) or {@code enterpriseName}
 * (free text, e.g. a hotline caller without a registered enterprise).
 *
 * @param categoryId required; routes to its default department
 * @param urgency null = normal
 * @param meetingId the meeting it came from (channels ROUND_TABLE, TALK, VISIT, LEADER_VISIT)
 * @param departmentId dispatch at once to this department (service centre only); null = leave it
 *     for dispatch, unless {@code dispatchToDefault}
 * @param dispatchToDefault true = dispatch at once to the category's default department (service
 *     centre only); null = false
 * @param workersInvolved labour disputes: workers involved
 * @param amountOwed labour disputes: wages owed in 万元, rounded half-up to 2 decimals
 * @param amountRecovered labour disputes: recovered so far in 万元, rounded half-up to 2 decimals
 */
public record NewAppeal(
        AppealType type,
        Channel channel,
        UUID categoryId,
        Urgency urgency,
        String title,
        String content,
        String creditCode,
        String enterpriseName,
        String contactName,
        String contactPhone,
        UUID meetingId,
        UUID departmentId,
        Boolean dispatchToDefault,
        Integer workersInvolved,
        BigDecimal amountOwed,
        BigDecimal amountRecovered) {

    public boolean dispatchAtOnceToDefault() {
        return Boolean.TRUE.equals(dispatchToDefault);
    }
}

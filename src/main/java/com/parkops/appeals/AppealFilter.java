package com.parkops.appeals;

import java.util.UUID;

/**
 * What to list; every criterion is optional (null = any).
 *
 * @param overdue true = only open appeals past their current deadline
 * @param pending true = only appeals waiting for the service centre (to dispatch, or a return or
 *     extension to decide)
 * @param extensionPending true = only appeals with an extension request to decide
 * @param q part of the case number, title or enterprise name
 */
public record AppealFilter(
        AppealState state,
        AppealType type,
        UUID categoryId,
        UUID departmentId,
        Boolean overdue,
        Boolean pending,
        Boolean extensionPending,
        Channel channel,
        UUID meetingId,
        String q) {

    public static AppealFilter any() {
        return new AppealFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public static AppealFilter ofMeeting(UUID meetingId) {
        return new AppealFilter(null, null, null, null, null, null, null, null, meetingId, null);
    }
}

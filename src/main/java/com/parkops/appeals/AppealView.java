package com.parkops.appeals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One appeal in full, as the caller may see it: its intake, its workflow, the handling log (an
 * enterprise sees only the steps meant for it), its files, and the actions this caller may take
 * now.
 */
public record AppealView(
        AppealSummary summary,
        String content,
        String creditCode,
        String contactName,
        String contactPhone,
        UUID meetingId,
        Integer workersInvolved,
        BigDecimal amountOwed,
        BigDecimal amountRecovered,
        String receivedBy,
        Instant replyDeadline,
        Instant returnDeadline,
        int extensionDays,
        Integer pendingExtensionDays,
        String pendingExtensionReason,
        String pendingReturnReason,
        Boolean resolved,
        Satisfaction satisfaction,
        CaseRef mergedInto,
        List<CaseRef> mergedDuplicates,
        Instant closedAt,
        int version,
        List<AppealEvent> events,
        List<AttachmentInfo> attachments,
        Set<AppealAction> allowedActions) {

    public AppealView {
        mergedDuplicates = List.copyOf(mergedDuplicates);
        events = List.copyOf(events);
        attachments = List.copyOf(attachments);
        allowedActions = Set.copyOf(allowedActions);
    }

    public UUID id() {
        return summary.id();
    }

    public boolean allows(String action) {
        return allowedActions.contains(AppealAction.valueOf(action));
    }
}

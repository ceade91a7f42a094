package com.parkops.appeals;

import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.UUID;

/**
 * Reverse incentives (蜗牛奖 and 踢皮球奖) per department and quarter, computed from the handling log
 * as candidates with evidence; the committee confirms or dismisses each, and a confirmed award is
 * held until the department's rectification is accepted. Deciding and accepting belong to the
 * service centre (administrators and its department's staff), which may also send a submitted
 * rectification back; submitting the rectification to the awarded department's staff; leaders read.
 * Illegal moves (deciding twice, accepting or returning before a submission) → {@link com.parkops.shared.ConflictException}; invalid input → {@link
 * com.parkops.shared.InvalidInputException}; a role that may not → {@link
 * org.springframework.security.access.AccessDeniedException}. Every write is audited.
 */
public interface AppealAwards {

    /** The candidates of a quarter ({@code quarter} 1–4) with the zone's thresholds; reads only. */
    AwardCandidates candidates(UUID zoneId, int year, int quarter);

    AwardSettings settings(UUID zoneId);

    /** Saves the thresholds (administrators), under {@code settings.version()}. */
    AwardSettings saveSettings(ZoneUser admin, AwardSettings settings);

    /** Confirms (or, {@code confirm} false, dismisses) a current candidate; {@code note} is required. */
    AwardDecision decide(
            ZoneUser user, AwardKind award, UUID departmentId, int year, int quarter, boolean confirm, String note);

    /** The held department's staff submit the rectification text (while held; again after a return). */
    AwardDecision submitRectification(ZoneUser user, UUID decisionId, String text);

    /** The service centre accepts a submitted rectification; the award is no longer held. */
    AwardDecision acceptRectification(ZoneUser user, UUID decisionId, String note);

    /**
     * The service centre sends a submitted rectification back (退回整改) with a required {@code reason}:
     * the award is held without rectification again and the department submits anew. Same people as
     * {@link #acceptRectification}; nothing submitted → ConflictException.
     */
    AwardDecision returnRectification(ZoneUser user, UUID decisionId, String reason);

    /** Decisions, newest quarter first; {@code heldOnly} keeps the awards still held. */
    List<AwardDecision> decisions(UUID zoneId, boolean heldOnly);

    java.util.Optional<AwardDecision> decision(UUID zoneId, UUID decisionId);

    /** Whether the user decides awards and accepts rectifications (administrators, the service centre's staff). */
    boolean decides(ZoneUser user);
}

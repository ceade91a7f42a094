package com.parkops.appeals;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A zone's appeal rules in force: the installation defaults ({@code parkops.appeals.*}) overridden
 * by what the zone saved. All periods are working days on the zone's holiday calendar, except
 * {@code urgentAcknowledgeHours}; a deadline falls at {@code endOfDay} (zone time) of its last day.
 *
 * @param serviceCentreDepartmentId the department that dispatches and arbitrates (服务中心), null if none
 * @param dispatchDays from receipt to dispatch
 * @param acknowledgeDays from dispatch to acknowledgement (签收)
 * @param urgentAcknowledgeHours from dispatch to acknowledgement of an urgent appeal, in clock hours
 * @param returnDays from acknowledgement, the window to ask for a return (退回)
 * @param replyDays from dispatch (or reopening) to the reply, per type
 * @param maxExtensionDays the most an appeal may be extended in total (延期)
 * @param revisitDays from the reply to the revisit (回访)
 * @param endOfDay when a working day ends
 * @param satisfied the revisit verdicts that count as satisfied
 * @param escalateAfterDays working days overdue after which the leaders are told (督办)
 */
public record AppealSettings(
        UUID serviceCentreDepartmentId,
        int dispatchDays,
        int acknowledgeDays,
        int urgentAcknowledgeHours,
        int returnDays,
        Map<AppealType, Integer> replyDays,
        int maxExtensionDays,
        int revisitDays,
        LocalTime endOfDay,
        Set<Satisfaction> satisfied,
        int escalateAfterDays) {

    public AppealSettings {
        replyDays = Map.copyOf(new EnumMap<>(replyDays));
        satisfied = Set.copyOf(satisfied);
    }

    /** The domain guide's defaults (§7), with no service centre chosen. */
    public static AppealSettings defaults() {
        return new AppealSettings(
                null,
                1,
                1,
                2,
                2,
                Map.of(
                        AppealType.CONSULT,
                        3,
                        AppealType.HELP,
                        3,
                        AppealType.COMPLAINT,
                        5,
                        AppealType.REPORT,
                        5,
                        AppealType.SUGGESTION,
                        5),
                10,
                1,
                LocalTime.of(18, 0),
                Set.of(Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED),
                5);
    }

    public int replyDays(AppealType type) {
        return replyDays.getOrDefault(type, 5);
    }

    public boolean countsAsSatisfied(Satisfaction satisfaction) {
        return satisfaction != null && satisfied.contains(satisfaction);
    }

    public AppealSettings withServiceCentre(UUID departmentId) {
        return new AppealSettings(
                departmentId,
                dispatchDays,
                acknowledgeDays,
                urgentAcknowledgeHours,
                returnDays,
                replyDays,
                maxExtensionDays,
                revisitDays,
                endOfDay,
                satisfied,
                escalateAfterDays);
    }
}

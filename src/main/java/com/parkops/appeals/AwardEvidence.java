package com.parkops.appeals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One fact behind a rule hit: a case (with what happened to it) or, for node slippage, a project
 * node. Fields not used by the rule are null.
 *
 * @param appealId the case, linked as {@code /appeals/{id}}
 * @param caseNumber e.g. {@code SQ2026-000123}
 * @param step the late or reminded step (ACKNOWLEDGE, REPLY, REMIND) for overdue cases
 * @param days working days overdue, or working days waited after a reminder; calendar days a node slipped
 * @param count reminders on the case, or departments it passed through
 * @param answered for a reminder wait: whether the department answered at all (false = still silent)
 * @param text the service centre's reason for rejecting the return
 * @param departments the departments a case passed through, in order (names)
 * @param projectCode the slipped node's project code
 * @param projectName the slipped node's project name
 * @param nodeName the slipped node
 * @param plannedOn the node's planned date
 * @param observedOn when the largest slippage was observed
 */
public record AwardEvidence(
        UUID appealId,
        String caseNumber,
        AppealAction step,
        Integer days,
        Integer count,
        Boolean answered,
        String text,
        List<String> departments,
        String projectCode,
        String projectName,
        String nodeName,
        LocalDate plannedOn,
        LocalDate observedOn) {

    /** A case with the figures the rule reports. */
    public static AwardEvidence ofCase(
            UUID appealId, String caseNumber, AppealAction step, Integer days, Integer count) {
        return new AwardEvidence(
                appealId, caseNumber, step, days, count, null, null, null, null, null, null, null, null);
    }

    public AwardEvidence withAnswered(boolean value) {
        return new AwardEvidence(
                appealId,
                caseNumber,
                step,
                days,
                count,
                value,
                text,
                departments,
                projectCode,
                projectName,
                nodeName,
                plannedOn,
                observedOn);
    }

    public AwardEvidence withText(String value) {
        return new AwardEvidence(
                appealId,
                caseNumber,
                step,
                days,
                count,
                answered,
                value,
                departments,
                projectCode,
                projectName,
                nodeName,
                plannedOn,
                observedOn);
    }

    public AwardEvidence withDepartments(List<String> value) {
        return new AwardEvidence(
                appealId,
                caseNumber,
                step,
                days,
                count,
                answered,
                text,
                List.copyOf(value),
                projectCode,
                projectName,
                nodeName,
                plannedOn,
                observedOn);
    }
}

package com.parkops.appeals.web;

import com.parkops.appeals.AppealSettings;
import com.parkops.appeals.AppealType;
import com.parkops.appeals.Satisfaction;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The zone's appeal settings as the form edits them; a field left empty keeps its value. */
record SettingsForm(
        UUID serviceCentreDepartmentId,
        Integer dispatchDays,
        Integer acknowledgeDays,
        Integer urgentAcknowledgeHours,
        Integer returnDays,
        Integer replyDaysConsult,
        Integer replyDaysHelp,
        Integer replyDaysComplaint,
        Integer replyDaysReport,
        Integer replyDaysSuggestion,
        Integer maxExtensionDays,
        Integer revisitDays,
        LocalTime endOfDay,
        List<Satisfaction> satisfied,
        Integer escalateAfterDays) {

    static SettingsForm of(AppealSettings s) {
        return new SettingsForm(
                s.serviceCentreDepartmentId(),
                s.dispatchDays(),
                s.acknowledgeDays(),
                s.urgentAcknowledgeHours(),
                s.returnDays(),
                s.replyDays(AppealType.CONSULT),
                s.replyDays(AppealType.HELP),
                s.replyDays(AppealType.COMPLAINT),
                s.replyDays(AppealType.REPORT),
                s.replyDays(AppealType.SUGGESTION),
                s.maxExtensionDays(),
                s.revisitDays(),
                s.endOfDay(),
                List.copyOf(s.satisfied()),
                s.escalateAfterDays());
    }

    /** The numeric fields by name, in the order the form shows them. */
    public Map<String, Integer> numbers() {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        numbers.put("dispatchDays", dispatchDays);
        numbers.put("acknowledgeDays", acknowledgeDays);
        numbers.put("urgentAcknowledgeHours", urgentAcknowledgeHours);
        numbers.put("returnDays", returnDays);
        numbers.put("replyDaysConsult", replyDaysConsult);
        numbers.put("replyDaysHelp", replyDaysHelp);
        numbers.put("replyDaysComplaint", replyDaysComplaint);
        numbers.put("replyDaysReport", replyDaysReport);
        numbers.put("replyDaysSuggestion", replyDaysSuggestion);
        numbers.put("maxExtensionDays", maxExtensionDays);
        numbers.put("revisitDays", revisitDays);
        numbers.put("escalateAfterDays", escalateAfterDays);
        return numbers;
    }

    public boolean counts(Satisfaction verdict) {
        return satisfied != null && satisfied.contains(verdict);
    }

    AppealSettings toSettings(AppealSettings current) {
        Map<AppealType, Integer> reply = new EnumMap<>(current.replyDays());
        put(reply, AppealType.CONSULT, replyDaysConsult);
        put(reply, AppealType.HELP, replyDaysHelp);
        put(reply, AppealType.COMPLAINT, replyDaysComplaint);
        put(reply, AppealType.REPORT, replyDaysReport);
        put(reply, AppealType.SUGGESTION, replyDaysSuggestion);
        Set<Satisfaction> verdicts = satisfied == null ? Set.of() : new HashSet<>(satisfied);
        return new AppealSettings(
                serviceCentreDepartmentId,
                or(dispatchDays, current.dispatchDays()),
                or(acknowledgeDays, current.acknowledgeDays()),
                or(urgentAcknowledgeHours, current.urgentAcknowledgeHours()),
                or(returnDays, current.returnDays()),
                reply,
                or(maxExtensionDays, current.maxExtensionDays()),
                or(revisitDays, current.revisitDays()),
                endOfDay == null ? current.endOfDay() : endOfDay,
                verdicts,
                or(escalateAfterDays, current.escalateAfterDays()));
    }

    private static void put(Map<AppealType, Integer> reply, AppealType type, Integer days) {
        if (days != null) {
            reply.put(type, days);
        }
    }

    private static int or(Integer value, int current) {
        return value == null ? current : value;
    }
}

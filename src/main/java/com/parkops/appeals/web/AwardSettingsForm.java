package com.parkops.appeals.web;

import com.parkops.appeals.AwardSettings;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The award thresholds as the awards page edits them; a field left empty keeps its value. */
record AwardSettingsForm(
        Integer snailOverdueCases,
        BigDecimal snailOverdueRatePercent,
        Integer snailDaysAfterReminder,
        Integer snailRemindersPerCase,
        Integer snailSlipDays,
        Integer ballRejectedReturns,
        Integer ballDepartmentsPerCase,
        BigDecimal ballRedispatchPoints,
        Integer ballMinDispatched,
        Integer version) {

    static AwardSettingsForm of(AwardSettings s) {
        return new AwardSettingsForm(
                s.snailOverdueCases(),
                s.snailOverdueRatePercent(),
                s.snailDaysAfterReminder(),
                s.snailRemindersPerCase(),
                s.snailSlipDays(),
                s.ballRejectedReturns(),
                s.ballDepartmentsPerCase(),
                s.ballRedispatchPoints(),
                s.ballMinDispatched(),
                s.version());
    }

    /** The fields by name, in the order the form shows them (snail rules, then ball rules). */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("snailOverdueCases", snailOverdueCases);
        fields.put("snailOverdueRatePercent", snailOverdueRatePercent);
        fields.put("snailDaysAfterReminder", snailDaysAfterReminder);
        fields.put("snailRemindersPerCase", snailRemindersPerCase);
        fields.put("snailSlipDays", snailSlipDays);
        fields.put("ballRejectedReturns", ballRejectedReturns);
        fields.put("ballDepartmentsPerCase", ballDepartmentsPerCase);
        fields.put("ballRedispatchPoints", ballRedispatchPoints);
        fields.put("ballMinDispatched", ballMinDispatched);
        return fields;
    }

    AwardSettings toSettings(AwardSettings current) {
        return new AwardSettings(
                or(snailOverdueCases, current.snailOverdueCases()),
                snailOverdueRatePercent == null ? current.snailOverdueRatePercent() : snailOverdueRatePercent,
                or(snailDaysAfterReminder, current.snailDaysAfterReminder()),
                or(snailRemindersPerCase, current.snailRemindersPerCase()),
                or(snailSlipDays, current.snailSlipDays()),
                or(ballRejectedReturns, current.ballRejectedReturns()),
                or(ballDepartmentsPerCase, current.ballDepartmentsPerCase()),
                ballRedispatchPoints == null ? current.ballRedispatchPoints() : ballRedispatchPoints,
                or(ballMinDispatched, current.ballMinDispatched()),
                or(version, current.version()));
    }

    private static int or(Integer value, int current) {
        return value == null ? current : value;
    }
}

package com.parkops.registry.domain;

import com.parkops.registry.Scale;
import com.parkops.registry.ScaleEventKind;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps the 入规 history in step when a form or an import changes the scale directly: becoming
 * 规上 from a month records 入规 for that month, falling back to 规下 records 退规 this month.
 */
@Component
class ScaleHistoryKeeper {

    private final HistoryStore history;
    private final ZoneCalendar calendar;

    ScaleHistoryKeeper(HistoryStore history, ZoneCalendar calendar) {
        this.history = history;
        this.calendar = calendar;
    }

    /** {@code beforeScale} is null for a new enterprise. */
    void follow(
            UUID zoneId,
            UUID enterpriseId,
            Scale beforeScale,
            YearMonth beforeSince,
            Scale afterScale,
            YearMonth afterSince) {
        if (afterScale == Scale.ABOVE
                && afterSince != null
                && (beforeScale != Scale.ABOVE || !Objects.equals(beforeSince, afterSince))) {
            history.addScaleEvent(zoneId, enterpriseId, ScaleEventKind.ENTERED, afterSince, null);
        } else if (beforeScale == Scale.ABOVE && afterScale == Scale.BELOW) {
            history.addScaleEvent(zoneId, enterpriseId, ScaleEventKind.DROPPED, calendar.thisMonth(zoneId), null);
        }
    }
}

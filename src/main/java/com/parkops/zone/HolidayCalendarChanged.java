package com.parkops.zone;

import java.util.UUID;

/**
 * A zone's holiday calendar for one year was edited or reset through {@link HolidayCalendars}.
 * Published inside the editing transaction; listeners that act on it should do so once it has
 * committed ({@code @TransactionalEventListener}), e.g. to count running working-day deadlines again.
 *
 * @param year the calendar year whose days changed
 * @param actor the user name of who changed it
 */
public record HolidayCalendarChanged(UUID zoneId, int year, String actor) {}

package com.parkops.zone.web;

import com.parkops.zone.AuditLog;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The audit browser's filter; dates are days in the zone's time zone, both ends included.
 *
 * @param page counts from 0
 */
record AuditFilter(
        String entityType,
        String entityId,
        String actor,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        Integer page) {

    AuditLog.Query query(ZoneId zone) {
        return new AuditLog.Query(
                entityType,
                entityId,
                actor,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    int pageNumber() {
        return page == null || page < 0 ? 0 : page;
    }
}

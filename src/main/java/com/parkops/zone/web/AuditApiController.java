package com.parkops.zone.web;

import com.parkops.zone.AuditLog;
import com.parkops.zone.AuditRecord;
import com.parkops.zone.ZoneUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log of the caller's zone, for administrators and leaders. */
@RestController
@RequestMapping("/api/v1/zone")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
class AuditApiController {

    /** One page of entries, newest first; {@code page} counts from 0. */
    record AuditPage(List<AuditRecord> items, int page, int size, long totalElements, int totalPages) {}

    private final AuditLog audit;
    private final AuditView view;

    AuditApiController(AuditLog audit, AuditView view) {
        this.audit = audit;
        this.view = view;
    }

    /**
     * Entries matching every given criterion. {@code from} and {@code to} are days in the zone's time
     * zone, both included; {@code size} is at most 200.
     */
    @GetMapping("/audit")
    AuditPage search(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var filter = new AuditFilter(entityType, entityId, actor, from, to, page);
        var result = audit.search(user.zoneId(), filter.query(view.timeZone(user.zoneId())), filter.pageNumber(), size);
        return new AuditPage(
                result.items(), result.number(), result.size(), result.totalElements(), result.totalPages());
    }
}

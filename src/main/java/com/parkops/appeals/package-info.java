/**
 * Enterprise appeals (政企诉求): intake from every channel (the enterprise portal, the hotline,
 * 12345 transfers and meeting records — 政企圆桌会议, 剑邑商谈, 入企听诉, 领导走访 — each able to
 * yield several appeals), routing by category to a default department, the guarded handling
 * workflow (dispatch, acknowledge, return with arbitration by the service centre, extension,
 * progress notes, reply, revisit, reopen, close, merge of duplicates), working-day deadlines on the
 * zone's holiday calendar, labour disputes, data scope per role, and the handling log
 * ({@code appeals.appeal_event}) from which metrics and award candidates are computed, and Open311
 * GeoReport v2 ({@code /open311/v2/}) for outside systems holding one of the zone's API keys. Every write
 * is audited through {@link com.parkops.zone.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "zone"})
package com.parkops.appeals;

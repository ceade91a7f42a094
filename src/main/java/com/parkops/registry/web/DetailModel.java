package com.parkops.registry.web;

import com.parkops.registry.Enterprise;
import com.parkops.registry.EnterpriseQueries;
import com.parkops.zone.AuditLog;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The facts shown about one enterprise, for the staff detail page and the enterprise's own page. */
@Component
class DetailModel {

    private final EnterpriseQueries queries;
    private final AuditLog audit;
    private final Zones zones;

    DetailModel(EnterpriseQueries queries, AuditLog audit, Zones zones) {
        this.queries = queries;
        this.audit = audit;
        this.zones = zones;
    }

    void addFacts(ZoneUser user, Enterprise enterprise, Model model) {
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("parcels", queries.parcels(user.zoneId(), enterprise.id()));
        model.addAttribute("patents", PatentRow.of(queries.patents(user.zoneId(), enterprise.id())));
        model.addAttribute("scaleEvents", queries.scaleEvents(user.zoneId(), enterprise.id()));
        model.addAttribute("settings", queries.settings(user.zoneId()));
    }

    void addTimeline(ZoneUser user, Enterprise enterprise, Model model) {
        ZoneId zone = zones.find(user.zoneId())
                .map(found -> ZoneId.of(found.timeZone()))
                .orElse(ZoneId.of("Asia/Shanghai"));
        model.addAttribute(
                "timeline",
                audit.history(user.zoneId(), "enterprise", enterprise.creditCode()).stream()
                        .map(record -> TimelineEntry.of(record, zone))
                        .toList());
    }
}

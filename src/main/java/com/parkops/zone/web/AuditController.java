package com.parkops.zone.web;

import com.parkops.zone.AuditLog;
import com.parkops.zone.ZoneUser;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit browser (操作日志): who changed what and when, newest first. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
class AuditController {

    private static final int PAGE_SIZE = 30;

    private final AuditLog audit;
    private final AuditView view;

    AuditController(AuditLog audit, AuditView view) {
        this.audit = audit;
        this.view = view;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/audit")
    String browse(
            @AuthenticationPrincipal ZoneUser user,
            @ModelAttribute("filter") AuditFilter filter,
            Model model,
            Locale locale) {
        var zone = view.timeZone(user.zoneId());
        var page = audit.search(user.zoneId(), filter.query(zone), filter.pageNumber(), PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("rows", view.rows(page.items(), zone, locale));
        model.addAttribute("entityTypes", view.options(audit.entityTypes(user.zoneId()), locale));
        model.addAttribute("timeZone", zone.getId());
        model.addAttribute("pageUrl", pageUrl(filter));
        return "zone/audit";
    }

    /** The current filter as a link, without the page, for the pagination links. */
    private static String pageUrl(AuditFilter filter) {
        var url = UriComponentsBuilder.fromPath("/audit");
        add(url, "entityType", filter.entityType());
        add(url, "entityId", filter.entityId());
        add(url, "actor", filter.actor());
        add(url, "from", filter.from());
        add(url, "to", filter.to());
        return url.build().encode().toUriString();
    }

    private static void add(UriComponentsBuilder url, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            url.queryParam(name, value);
        }
    }
}

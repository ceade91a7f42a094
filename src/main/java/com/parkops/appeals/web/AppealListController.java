package com.parkops.appeals.web;

import com.parkops.appeals.Appeals;
import com.parkops.zone.ZoneUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The appeals in the user's scope (政企诉求): counts that filter, filters by state, type, category,
 * department, channel, overdue and text, each row with its countdown. The filter form updates the
 * table through htmx and still works as a plain form.
 */
@Controller
@RequestMapping("/appeals")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
class AppealListController implements AppealScreen {

    private static final int PAGE_SIZE = 30;

    private final Appeals appeals;
    private final Choices choices;

    AppealListController(Appeals appeals, Choices choices) {
        this.appeals = appeals;
        this.choices = choices;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal ZoneUser user,
            AppealQuery query,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("query", query);
        model.addAttribute("pageUrl", query.url("/appeals"));
        model.addAttribute("page", appeals.search(user, query.filter(), query.pageNumber(), PAGE_SIZE));
        if (htmx != null) {
            return "appeals/list :: results";
        }
        choices.addTo(model, user);
        model.addAttribute("counts", appeals.counts(user));
        return "appeals/list";
    }
}

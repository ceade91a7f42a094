package com.parkops.registry.web;

import com.parkops.registry.Enterprise;
import com.parkops.zone.ZoneUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Everything known about one enterprise, with its change history. */
@Controller
class EnterpriseDetailController implements RegistryPage {

    private final Visibility visibility;
    private final DetailModel details;

    EnterpriseDetailController(Visibility visibility, DetailModel details) {
        this.visibility = visibility;
        this.details = details;
    }

    @GetMapping("/registry/enterprises/{creditCode}")
    String detail(@AuthenticationPrincipal ZoneUser user, @PathVariable String creditCode, Model model) {
        Enterprise enterprise = visibility.enterprise(user, creditCode);
        details.addFacts(user, enterprise, model);
        details.addTimeline(user, enterprise, model);
        model.addAttribute("canEdit", Visibility.mayEdit(user));
        return "registry/enterprise-detail";
    }
}

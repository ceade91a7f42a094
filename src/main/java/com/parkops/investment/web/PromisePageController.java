package com.parkops.investment.web;

import com.parkops.investment.PromiseTracking;
import com.parkops.investment.PromiseTracking.PromiseReport;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.web.InputErrors;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import java.math.BigDecimal;
import java.util.stream.IntStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Promise tracking: every producing project's promises against its enterprise's full-year figures,
 * shortfalls flagged; administrators set the threshold on the same page.
 */
@Controller
@RequestMapping("/investment/promises")
class PromisePageController {

    /** The threshold form. */
    record ThresholdForm(BigDecimal shortfallPercent, Integer version) {}

    private final PromiseTracking promises;
    private final ContestYears years;
    private final ContestPageText text;

    PromisePageController(PromiseTracking promises, ContestYears years, ContestPageText text) {
        this.promises = promises;
        this.years = years;
        this.text = text;
    }

    @InitBinder("thresholdForm")
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    String page(@AuthenticationPrincipal ZoneUser user, @RequestParam(required = false) Integer year, Model model) {
        var settings = promises.settings(user.zoneId());
        model.addAttribute("thresholdForm", new ThresholdForm(settings.shortfallPercent(), settings.version()));
        return view(user, year, model);
    }

    @PostMapping("/settings")
    @PreAuthorize("hasRole('ADMIN')")
    String saveThreshold(
            @AuthenticationPrincipal ZoneUser user,
            @ModelAttribute("thresholdForm") ThresholdForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return view(user, null, model);
        }
        try {
            promises.updateSettings(user.zoneId(), user.getUsername(), form.shortfallPercent(), form.version());
        } catch (InvalidInputException refused) {
            InputErrors.add(result, refused);
            return view(user, null, model);
        } catch (ConflictException stale) {
            result.reject("contest.error.stale");
            return view(user, null, model);
        }
        redirect.addFlashAttribute("flash", text.get("promise.flash.saved"));
        return "redirect:/investment/promises";
    }

    private String view(ZoneUser user, Integer year, Model model) {
        int latest = promises.latestCompleteYear(user.zoneId());
        int chosen = year == null ? latest : years.check(year);
        PromiseReport report = promises.report(user.zoneId(), chosen);
        model.addAttribute("report", report);
        model.addAttribute(
                "shortfalls",
                report.rows().stream()
                        .filter(PromiseTracking.PromiseRow::shortfall)
                        .count());
        model.addAttribute(
                "yearChoices",
                IntStream.rangeClosed(latest - 5, latest + 1)
                        .boxed()
                        .sorted((a, b) -> b - a)
                        .toList());
        model.addAttribute("admin", user.is(Role.ADMIN));
        return "investment/contract/promises";
    }
}

package com.parkops.investment.web;

import com.parkops.investment.InvestmentFigures;
import com.parkops.investment.InvestmentSummary;
import com.parkops.zone.ZoneUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The year's overview (招商引资概览): the figures as cards, signed amount by month and chain, the funnel. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
class InvestmentOverviewController {

    /** Chart data: month labels, one series per chain, and the funnel's stage names and counts. */
    record Charts(List<String> months, List<Series> series, List<String> stages, List<Long> funnel) {}

    record Series(String name, List<BigDecimal> data) {}

    private final InvestmentFigures figures;
    private final InvestmentChoices choices;
    private final MessageSource messages;

    InvestmentOverviewController(InvestmentFigures figures, InvestmentChoices choices, MessageSource messages) {
        this.figures = figures;
        this.choices = choices;
        this.messages = messages;
    }

    @GetMapping("/investment")
    String overview(@AuthenticationPrincipal ZoneUser user, @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? choices.thisYear(user.zoneId()) : year;
        InvestmentSummary summary = figures.summary(user.zoneId(), shown);
        model.addAttribute("year", shown);
        model.addAttribute("summary", summary);
        model.addAttribute("charts", charts(user, shown));
        choices.addTo(model, user.zoneId());
        return "investment/overview";
    }

    private Charts charts(ZoneUser user, int year) {
        var locale = LocaleContextHolder.getLocale();
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(messages.getMessage("investment.overview.month", new Object[] {m}, locale));
        }
        List<Series> series = new ArrayList<>();
        for (Map.Entry<String, BigDecimal[]> chain :
                figures.signedByChainAndMonth(user.zoneId(), year).entrySet()) {
            String name = chain.getKey().isEmpty()
                    ? messages.getMessage("investment.overview.noChain", null, locale)
                    : chain.getKey();
            series.add(new Series(
                    name,
                    java.util.Arrays.stream(chain.getValue())
                            .map(v -> v.setScale(2, java.math.RoundingMode.HALF_UP))
                            .toList()));
        }
        List<String> stages = new ArrayList<>();
        List<Long> funnel = new ArrayList<>();
        for (var count : figures.funnel(user.zoneId(), year)) {
            stages.add(messages.getMessage("investment.stage." + count.stage().name(), null, locale));
            funnel.add(count.count());
        }
        return new Charts(months, series, stages, funnel);
    }
}

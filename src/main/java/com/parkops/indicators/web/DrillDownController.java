package com.parkops.indicators.web;

import com.parkops.indicators.ContributionPage;
import com.parkops.indicators.GroupBy;
import com.parkops.indicators.IndicatorCatalogue;
import com.parkops.indicators.IndicatorContributions;
import com.parkops.zone.ZoneUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The enterprises behind one figure (the zone total, a chain, a scale or an industry row) with
 * their figures and their share of the change. htmx loads it into the monitoring page; as a plain
 * link it is a page of its own.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF', 'STEWARD')")
class DrillDownController implements MonitoringPage {

    private final MonitoringFilters filters;
    private final IndicatorCatalogue catalogue;
    private final IndicatorContributions contributions;
    private final SummarySection summaries;

    DrillDownController(
            MonitoringFilters filters,
            IndicatorCatalogue catalogue,
            IndicatorContributions contributions,
            SummarySection summaries) {
        this.filters = filters;
        this.catalogue = catalogue;
        this.contributions = contributions;
        this.summaries = summaries;
    }

    @GetMapping("/indicators/drill")
    String drill(
            @AuthenticationPrincipal ZoneUser user,
            MonitoringFilters.Params params,
            BindingResult ignoredBadParameters,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-Boosted", required = false) String boosted,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        MonitoringFilter filter = filters.resolve(user.zoneId(), params);
        if (filter.groupBy() == GroupBy.ENTERPRISE) {
            // one enterprise's figure has nothing behind it but the enterprise
            filter = new MonitoringFilter(
                    filter.year(), filter.month(), filter.indicator(), filter.indicators(), GroupBy.ZONE, null, 0);
        }
        IndicatorNames names = IndicatorNames.of(catalogue.asOf(user.zoneId(), filter.period()), locale);
        ContributionPage page = contributions.contributions(
                user.zoneId(), filter.contributions(), filter.offset(), MonitoringFilter.PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("q", filter);
        model.addAttribute("ind", filter.indicator());
        model.addAttribute("names", names);
        model.addAttribute("drill", page);
        model.addAttribute("pages", SummarySection.pages(page));
        model.addAttribute("groupLabel", summaries.label(filter.groupBy(), filter.group(), locale));
        model.addAttribute("definitionsUsed", SummarySection.used(names, List.of(filter.indicator())));
        boolean fragment = htmx != null && boosted == null && restore == null;
        return fragment ? "indicators/monitoring/drill :: drill" : "indicators/monitoring/drill";
    }
}

package com.parkops.indicators.web;

import com.parkops.indicators.AnalysisScope;
import com.parkops.indicators.ContributionQuery;
import com.parkops.indicators.GroupBy;
import com.parkops.indicators.IndicatorAnalysis;
import com.parkops.indicators.IndicatorCatalogue;
import com.parkops.indicators.IndicatorContributions;
import com.parkops.indicators.IndicatorTrends;
import com.parkops.indicators.MonthlySeries;
import com.parkops.indicators.Summary;
import com.parkops.indicators.SummaryQuery;
import com.parkops.indicators.SummaryRow;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The monitoring page (经济运行监测): zone figures, monthly trends, growth by chain, the
 * year-to-date summary on the comparable basis and the ranking of contributions. htmx swaps the
 * summary alone when its grouping changes ({@code HX-Target: summary}) and everything below the
 * filters when the period or indicator changes ({@code HX-Target: monitoring}); without
 * JavaScript the same addresses answer the whole page.
 */
@Controller
@RequestMapping("/indicators")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
class MonitoringController implements MonitoringPage {

    static final String VIEW = "indicators/monitoring/index";
    static final int RANKED = 10;

    private final MonitoringFilters filters;
    private final IndicatorCatalogue catalogue;
    private final IndicatorAnalysis analysis;
    private final IndicatorTrends trends;
    private final IndicatorContributions contributions;
    private final MonitoringCharts charts;
    private final SummarySection summaries;

    MonitoringController(
            MonitoringFilters filters,
            IndicatorCatalogue catalogue,
            IndicatorAnalysis analysis,
            IndicatorTrends trends,
            IndicatorContributions contributions,
            MonitoringCharts charts,
            SummarySection summaries) {
        this.filters = filters;
        this.catalogue = catalogue;
        this.analysis = analysis;
        this.trends = trends;
        this.contributions = contributions;
        this.charts = charts;
        this.summaries = summaries;
    }

    @GetMapping
    String page(
            @AuthenticationPrincipal ZoneUser user,
            MonitoringFilters.Params params,
            BindingResult ignoredBadParameters,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-Target", required = false) String htmxTarget,
            @RequestHeader(name = "HX-Boosted", required = false) String boosted,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        response.addHeader(HttpHeaders.VARY, "HX-Request, HX-Target");
        MonitoringFilter filter = filters.resolve(user.zoneId(), params);
        IndicatorNames names = IndicatorNames.of(catalogue.asOf(user.zoneId(), filter.period()), locale);
        model.addAttribute("filter", filter);
        model.addAttribute("q", filter);
        model.addAttribute("ind", filter.indicator());
        model.addAttribute("indName", names.name(filter.indicator()));
        model.addAttribute("names", names);
        model.addAttribute("canImport", user.is(Role.ADMIN) || user.is(Role.STAFF));
        summaries.fill(user.zoneId(), filter, names, model);
        String target = htmx != null && boosted == null && restore == null ? htmxTarget : null;
        if ("summary".equals(target)) {
            model.addAttribute("oob", true);
            return VIEW + " :: summary";
        }
        overview(user, filter, names, request.getContextPath(), model);
        return "monitoring".equals(target) ? VIEW + " :: monitoring" : VIEW;
    }

    private void overview(
            ZoneUser user, MonitoringFilter filter, IndicatorNames names, String contextPath, Model model) {
        var zone = user.zoneId();
        model.addAttribute(
                "years",
                IntStream.rangeClosed(filter.year() - 5, filter.year() + 1)
                        .boxed()
                        .toList());
        model.addAttribute("months", IntStream.rangeClosed(1, 12).boxed().toList());
        model.addAttribute("metrics", analysis.zoneMetrics(zone, filter.year()));

        MonthlySeries trend = trends.monthly(zone, filter.indicator(), filter.year(), AnalysisScope.zone());
        model.addAttribute("trend", trend);
        model.addAttribute(
                "hasFigures", !trend.current().isEmpty() || !trend.prior().isEmpty());
        model.addAttribute(
                "trendMonths",
                IntStream.rangeClosed(
                                1,
                                Math.max(trend.current().size(), trend.prior().size()))
                        .boxed()
                        .toList());
        model.addAttribute("monthlyChart", charts.monthly(trend, names.unit(filter.indicator())));
        model.addAttribute("cumulativeChart", charts.cumulative(trend, names.unit(filter.indicator())));

        Summary byChain = analysis.summary(
                zone,
                new SummaryQuery(filter.year(), filter.month(), GroupBy.CHAIN, List.of(filter.indicator()), null));
        List<SummaryRow> chains = byChain.rows();
        model.addAttribute("chains", chains);
        model.addAttribute(
                "chainChart",
                charts.growth(
                        chains,
                        chains.stream()
                                .map(row -> summaries.label(GroupBy.CHAIN, row.group()))
                                .toList(),
                        chains.stream()
                                .map(row -> MonitoringLinks.drill(
                                        contextPath, filter, filter.indicator(), GroupBy.CHAIN, row.group()))
                                .toList()));

        model.addAttribute(
                "ranking",
                contributions.contributions(
                        zone,
                        new ContributionQuery(filter.year(), filter.month(), filter.indicator(), AnalysisScope.zone()),
                        0,
                        RANKED));
    }
}

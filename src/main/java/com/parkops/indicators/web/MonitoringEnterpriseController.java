package com.parkops.indicators.web;

import com.parkops.indicators.GroupBy;
import com.parkops.indicators.IndicatorAnalysis;
import com.parkops.indicators.IndicatorCatalogue;
import com.parkops.indicators.IndicatorDefinition;
import com.parkops.indicators.IndicatorValues;
import com.parkops.indicators.Summary;
import com.parkops.indicators.SummaryQuery;
import com.parkops.indicators.SummaryRow;
import com.parkops.registry.Enterprise;
import com.parkops.registry.EnterpriseQueries;
import com.parkops.shared.NotFoundException;
import com.parkops.shared.web.TableWorkbook;
import com.parkops.zone.ZoneUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One enterprise's figures for zone staff: every indicator's year-to-date value against the year
 * before, and one indicator month by month (month and cumulative views), each month linking to its
 * revisions. Enterprise users read their own figures on the reporting pages instead.
 */
@Controller
@RequestMapping("/indicators/enterprises/{creditCode}")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
class MonitoringEnterpriseController implements MonitoringPage {

    private final EnterpriseQueries enterprises;
    private final IndicatorValues values;
    private final IndicatorAnalysis analysis;
    private final IndicatorCatalogue catalogue;
    private final MonitoringFilters filters;
    private final MonitoringCharts charts;
    private final XlsxText text;

    MonitoringEnterpriseController(
            EnterpriseQueries enterprises,
            IndicatorValues values,
            IndicatorAnalysis analysis,
            IndicatorCatalogue catalogue,
            MonitoringFilters filters,
            MonitoringCharts charts,
            XlsxText text) {
        this.enterprises = enterprises;
        this.values = values;
        this.analysis = analysis;
        this.catalogue = catalogue;
        this.filters = filters;
        this.charts = charts;
        this.text = text;
    }

    /** What the page and its export show. */
    private record View(
            Enterprise enterprise,
            YearMonth period,
            IndicatorNames names,
            String indicator,
            List<SummaryRow> overview,
            EnterpriseMonths months) {}

    @GetMapping
    String page(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable String creditCode,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month,
            @RequestParam(required = false) String indicator,
            Locale locale,
            Model model) {
        View view = view(user, creditCode, year, month, indicator, locale);
        model.addAttribute("enterprise", view.enterprise());
        model.addAttribute("period", view.period());
        model.addAttribute("names", view.names());
        model.addAttribute("indicator", view.indicator());
        model.addAttribute("overview", view.overview());
        model.addAttribute("months", view.months());
        model.addAttribute(
                "years",
                IntStream.rangeClosed(view.period().getYear() - 5, view.period().getYear() + 1)
                        .boxed()
                        .toList());
        model.addAttribute("monthNumbers", IntStream.rangeClosed(1, 12).boxed().toList());
        model.addAttribute(
                "chart",
                charts.cumulative(view.months().series(creditCode), view.names().unit(view.indicator())));
        return "indicators/monitoring/enterprise";
    }

    @GetMapping("/export")
    void export(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable String creditCode,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month,
            @RequestParam(required = false) String indicator,
            HttpServletResponse response)
            throws IOException {
        View view = view(user, creditCode, year, month, indicator, XlsxText.CHINESE);
        IndicatorNames names = view.names();
        try (TableWorkbook workbook = TableWorkbook.streaming()) {
            workbook.sheet(
                    text.text("monitoring.xlsx.sheet.months"),
                    text.headers(
                            "month",
                            "indicator",
                            "monthCurrent",
                            "ytdCurrent",
                            "basis",
                            "monthPrior",
                            "ytdPrior",
                            "yoyPercent"));
            for (EnterpriseMonths.Row row : view.months().rows()) {
                var now = row.current();
                var before = row.prior();
                workbook.row(Arrays.asList(
                        row.month(),
                        names.name(view.indicator()),
                        now == null ? null : now.monthValue(),
                        now == null ? null : now.ytdValue(),
                        now == null
                                ? null
                                : text.text("monitoring.basis." + now.basis().name()),
                        before == null ? null : before.monthValue(),
                        before == null ? null : before.ytdValue(),
                        row.yoyPercent()));
            }
            workbook.sheet(
                    text.text("monitoring.xlsx.sheet.overview"),
                    text.headers("code", "indicator", "unit", "current", "prior", "yoyPercent", "status"));
            for (SummaryRow row : view.overview()) {
                workbook.row(Arrays.asList(
                        row.indicator(),
                        names.name(row.indicator()),
                        names.unit(row.indicator()),
                        row.current(),
                        row.prior(),
                        row.yoyPercent(),
                        text.status(row.status())));
            }
            workbook.send(
                    response,
                    text.text(
                                    "monitoring.xlsx.file.enterprise",
                                    view.enterprise().name(),
                                    String.valueOf(view.period().getYear()))
                            + ".xlsx");
        }
    }

    private View view(ZoneUser user, String creditCode, Integer year, Integer month, String indicator, Locale locale) {
        Enterprise enterprise = find(user, creditCode);
        YearMonth period = filters.period(user.zoneId(), year, month);
        List<IndicatorDefinition> definitions = catalogue.asOf(user.zoneId(), period);
        IndicatorNames names = IndicatorNames.of(definitions, locale);
        String chosen = names.names().containsKey(indicator) ? indicator : MonitoringFilters.DEFAULT_INDICATOR;
        Summary overview = analysis.summary(
                user.zoneId(),
                new SummaryQuery(
                        period.getYear(),
                        period.getMonthValue(),
                        GroupBy.ENTERPRISE,
                        definitions.stream().map(IndicatorDefinition::code).toList(),
                        enterprise.id()));
        EnterpriseMonths months = EnterpriseMonths.of(
                chosen,
                period.getYear(),
                values.figures(user.zoneId(), enterprise.id(), period.getYear()),
                values.figures(user.zoneId(), enterprise.id(), period.getYear() - 1));
        return new View(enterprise, period, names, chosen, overview.rows(), months);
    }

    private Enterprise find(ZoneUser user, String creditCode) {
        return find(enterprises, user, creditCode);
    }

    /** The zone's enterprise with this code, if the user may see it; otherwise 404. */
    static Enterprise find(EnterpriseQueries enterprises, ZoneUser user, String creditCode) {
        String code = creditCode == null ? "" : creditCode.strip().toUpperCase(Locale.ROOT);
        return enterprises
                .find(user.zoneId(), code)
                .filter(enterprise -> user.maySee(enterprise.id()))
                .orElseThrow(() -> new NotFoundException("No such enterprise: " + creditCode));
    }
}

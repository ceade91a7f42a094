package com.parkops.indicators.web;

import com.parkops.indicators.AnalysisScope;
import com.parkops.indicators.Contribution;
import com.parkops.indicators.GroupBy;
import com.parkops.indicators.IndicatorCatalogue;
import com.parkops.indicators.IndicatorContributions;
import com.parkops.indicators.IndicatorTrends;
import com.parkops.indicators.MonthlySeries;
import com.parkops.indicators.SummaryRow;
import com.parkops.shared.web.TableWorkbook;
import com.parkops.zone.ZoneUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The monitoring tables as XLSX, with the same parameters as the pages and so the same rows;
 * headers, group names and statuses in Chinese.
 */
@Controller
@RequestMapping("/indicators/export")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
class MonitoringExportController implements MonitoringPage {

    private final MonitoringFilters filters;
    private final IndicatorCatalogue catalogue;
    private final IndicatorTrends trends;
    private final IndicatorContributions contributions;
    private final SummarySection summaries;
    private final XlsxText text;

    MonitoringExportController(
            MonitoringFilters filters,
            IndicatorCatalogue catalogue,
            IndicatorTrends trends,
            IndicatorContributions contributions,
            SummarySection summaries,
            XlsxText text) {
        this.filters = filters;
        this.catalogue = catalogue;
        this.trends = trends;
        this.contributions = contributions;
        this.summaries = summaries;
        this.text = text;
    }

    /** The summary table; by enterprise every enterprise of the chosen indicator, not one page. */
    @GetMapping("/summary")
    void summary(
            @AuthenticationPrincipal ZoneUser user,
            MonitoringFilters.Params params,
            BindingResult ignoredBadParameters,
            HttpServletResponse response)
            throws IOException {
        MonitoringFilter filter = filters.resolve(user.zoneId(), params);
        if (filter.groupBy() == GroupBy.ENTERPRISE) {
            MonitoringFilter all = new MonitoringFilter(
                    filter.year(), filter.month(), filter.indicator(), filter.indicators(), GroupBy.ZONE, null, 0);
            enterprises(user, all, response, "monitoring.xlsx.file.summary");
            return;
        }
        IndicatorNames names = chineseNames(user, filter);
        try (TableWorkbook workbook = TableWorkbook.streaming()) {
            workbook.sheet(
                    text.text("monitoring.xlsx.sheet.summary"),
                    text.headers(
                            "group",
                            "code",
                            "indicator",
                            "unit",
                            "current",
                            "prior",
                            "currentComparable",
                            "priorComparable",
                            "yoyPercent",
                            "status"));
            for (SummaryRow row : summaries.summary(user.zoneId(), filter).rows()) {
                workbook.row(Arrays.asList(
                        summaries.label(filter.groupBy(), row.group(), XlsxText.CHINESE),
                        row.indicator(),
                        names.name(row.indicator()),
                        names.unit(row.indicator()),
                        row.current(),
                        row.prior(),
                        row.currentComparable(),
                        row.priorComparable(),
                        row.yoyPercent(),
                        text.status(row.status())));
            }
            definitions(workbook, names, filter.indicators());
            workbook.send(response, fileName("monitoring.xlsx.file.summary", filter));
        }
    }

    /** The monthly and cumulative totals behind the trend charts. */
    @GetMapping("/trend")
    void trend(
            @AuthenticationPrincipal ZoneUser user,
            MonitoringFilters.Params params,
            BindingResult ignoredBadParameters,
            HttpServletResponse response)
            throws IOException {
        MonitoringFilter filter = filters.resolve(user.zoneId(), params);
        MonthlySeries series = trends.monthly(user.zoneId(), filter.indicator(), filter.year(), AnalysisScope.zone());
        try (TableWorkbook workbook = TableWorkbook.streaming()) {
            workbook.sheet(
                    text.text("monitoring.xlsx.sheet.trend"),
                    text.headers(
                            "month",
                            "monthCurrent",
                            "monthPrior",
                            "ytdCurrent",
                            "ytdPrior",
                            "enterprisesCurrent",
                            "enterprisesPrior"));
            int months = Math.max(series.current().size(), series.prior().size());
            for (int i = 0; i < months; i++) {
                MonthlySeries.Month current =
                        i < series.current().size() ? series.current().get(i) : null;
                MonthlySeries.Month prior =
                        i < series.prior().size() ? series.prior().get(i) : null;
                workbook.row(Arrays.asList(
                        i + 1,
                        current == null ? null : current.monthValue(),
                        prior == null ? null : prior.monthValue(),
                        current == null ? null : current.ytdValue(),
                        prior == null ? null : prior.ytdValue(),
                        current == null ? null : current.enterprises(),
                        prior == null ? null : prior.enterprises()));
            }
            definitions(workbook, chineseNames(user, filter), List.of(filter.indicator()));
            workbook.send(response, fileName("monitoring.xlsx.file.trend", filter));
        }
    }

    /** The enterprises behind a figure (a drill-down, or the zone's contribution ranking). */
    @GetMapping("/drill")
    void drill(
            @AuthenticationPrincipal ZoneUser user,
            MonitoringFilters.Params params,
            BindingResult ignoredBadParameters,
            HttpServletResponse response)
            throws IOException {
        MonitoringFilter filter = filters.resolve(user.zoneId(), params);
        if (filter.groupBy() == GroupBy.ENTERPRISE) {
            filter = new MonitoringFilter(
                    filter.year(), filter.month(), filter.indicator(), filter.indicators(), GroupBy.ZONE, null, 0);
        }
        enterprises(user, filter, response, "monitoring.xlsx.file.drill");
    }

    private void enterprises(ZoneUser user, MonitoringFilter filter, HttpServletResponse response, String fileKey)
            throws IOException {
        IndicatorNames names = chineseNames(user, filter);
        String indicator = names.name(filter.indicator());
        try (TableWorkbook workbook = TableWorkbook.streaming()) {
            workbook.sheet(
                    text.text("monitoring.xlsx.sheet.enterprises"),
                    text.headers(
                            "creditCode",
                            "name",
                            "chain",
                            "scale",
                            "industryCode",
                            "indicator",
                            "current",
                            "prior",
                            "change",
                            "share",
                            "yoyPercent",
                            "status"));
            contributions.forEach(
                    user.zoneId(),
                    filter.contributions(),
                    (Contribution c) -> workbook.row(Arrays.asList(
                            c.creditCode(),
                            c.name(),
                            c.chain(),
                            c.scale() == null ? null : text.text("monitoring.scale." + c.scale()),
                            c.industryCode(),
                            indicator,
                            c.current(),
                            c.prior(),
                            c.change(),
                            c.sharePercent(),
                            c.yoyPercent(),
                            text.status(c.status()))));
            definitions(workbook, names, List.of(filter.indicator()));
            workbook.send(response, fileName(fileKey, filter));
        }
    }

    /** A second sheet naming the catalogue versions (口径) the figures were read under. */
    private void definitions(TableWorkbook workbook, IndicatorNames names, List<String> codes) {
        workbook.sheet(
                text.text("monitoring.xlsx.sheet.definitions"),
                text.headers("code", "indicator", "unit", "effectiveFrom", "definition"));
        names.definitions().stream()
                .filter(d -> codes.contains(d.code()))
                .forEach(d -> workbook.row(List.of(
                        d.code(), d.nameZh(), d.unit(), d.effectiveFrom().toString(), d.definition())));
    }

    private IndicatorNames chineseNames(ZoneUser user, MonitoringFilter filter) {
        return IndicatorNames.of(catalogue.asOf(user.zoneId(), filter.period()), XlsxText.CHINESE);
    }

    private String fileName(String key, MonitoringFilter filter) {
        return text.text(key, String.valueOf(filter.year()), String.format("%02d", filter.month())) + ".xlsx";
    }
}

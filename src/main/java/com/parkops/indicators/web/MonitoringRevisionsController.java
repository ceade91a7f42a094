package com.parkops.indicators.web;

import com.parkops.indicators.IndicatorCatalogue;
import com.parkops.indicators.IndicatorDefinition;
import com.parkops.indicators.IndicatorValues;
import com.parkops.registry.Enterprise;
import com.parkops.registry.EnterpriseQueries;
import com.parkops.shared.web.TableWorkbook;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The revision history of one enterprise's month: the figures that count now, and every version
 * received (imports, the enterprise's own reports, manual corrections), newest first.
 */
@Controller
@RequestMapping("/indicators/enterprises/{creditCode}/revisions/{period}")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF', 'STEWARD')")
class MonitoringRevisionsController implements MonitoringPage {

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EnterpriseQueries enterprises;
    private final IndicatorValues values;
    private final IndicatorCatalogue catalogue;
    private final XlsxText text;
    private final Zones zones;

    MonitoringRevisionsController(
            EnterpriseQueries enterprises,
            IndicatorValues values,
            IndicatorCatalogue catalogue,
            XlsxText text,
            Zones zones) {
        this.enterprises = enterprises;
        this.values = values;
        this.catalogue = catalogue;
        this.text = text;
        this.zones = zones;
    }

    @GetMapping
    String page(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable String creditCode,
            @PathVariable YearMonth period,
            Locale locale,
            Model model) {
        Enterprise enterprise = MonitoringEnterpriseController.find(enterprises, user, creditCode);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("period", period);
        model.addAttribute("names", IndicatorNames.of(catalogue.asOf(user.zoneId(), period), locale));
        model.addAttribute("revisions", values.revisions(user.zoneId(), enterprise.id(), period));
        model.addAttribute(
                "figures",
                values.figures(user.zoneId(), enterprise.id(), period.getYear()).stream()
                        .filter(figure -> figure.period().equals(period))
                        .toList());
        model.addAttribute("timeZone", timeZone(user));
        return "indicators/monitoring/revisions";
    }

    /** One row per revision, one column per indicator of the catalogue, as reported. */
    @GetMapping("/export")
    void export(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable String creditCode,
            @PathVariable YearMonth period,
            HttpServletResponse response)
            throws IOException {
        Enterprise enterprise = MonitoringEnterpriseController.find(enterprises, user, creditCode);
        List<IndicatorDefinition> definitions = catalogue.asOf(user.zoneId(), period);
        List<String> headers =
                new ArrayList<>(text.headers("receivedAt", "source", "basis", "revisionStatus", "actor"));
        definitions.forEach(d -> headers.add(d.nameZh()));
        ZoneId zone = timeZone(user);
        try (TableWorkbook workbook = TableWorkbook.streaming()) {
            workbook.sheet(text.text("monitoring.xlsx.sheet.revisions"), headers);
            for (IndicatorValues.Revision revision : values.revisions(user.zoneId(), enterprise.id(), period)) {
                List<Object> cells = new ArrayList<>();
                cells.add(RECEIVED.format(revision.receivedAt().atZone(zone)));
                cells.add(text.text("monitoring.source." + revision.source()));
                cells.add(text.text("monitoring.basis." + revision.basis().name()));
                cells.add(text.text("monitoring.revisionStatus." + revision.status()));
                cells.add(revision.actor());
                definitions.forEach(d -> cells.add(revision.reported().get(d.code())));
                workbook.row(cells);
            }
            workbook.send(
                    response,
                    text.text("monitoring.xlsx.file.revisions", enterprise.name(), period.toString()) + ".xlsx");
        }
    }

    private ZoneId timeZone(ZoneUser user) {
        return zones.find(user.zoneId()).map(zone -> ZoneId.of(zone.timeZone())).orElse(ZoneId.of("Asia/Shanghai"));
    }
}

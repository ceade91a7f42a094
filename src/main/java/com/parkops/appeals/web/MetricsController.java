package com.parkops.appeals.web;

import com.parkops.appeals.AppealMetrics;
import com.parkops.appeals.MetricBase;
import com.parkops.appeals.MetricDefinitions;
import com.parkops.appeals.MetricsReport;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.io.WorkbookStyles;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * 办理指标: the metrics per department for a picked period (the current quarter by default) with
 * their bar charts and XLSX export, the zone's metric definitions (edited by administrators), and
 * the overdue list.
 */
@Controller
@RequestMapping("/appeals")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
class MetricsController implements AppealScreen {

    private final AppealMetrics metrics;
    private final Zones zones;
    private final MessageSourceAccessor text;
    private final ObjectMapper json;

    MetricsController(AppealMetrics metrics, Zones zones, MessageSource messages, ObjectMapper json) {
        this.metrics = metrics;
        this.zones = zones;
        this.text = new MessageSourceAccessor(messages);
        this.json = json;
    }

    @GetMapping("/metrics")
    String page(@AuthenticationPrincipal ZoneUser user, MetricsPeriod period, Model model) {
        LocalDate today = today(user);
        LocalDate[] days = period.days(today);
        MetricsReport report = metrics.report(user, days[0], days[1]);
        model.addAttribute("report", report);
        model.addAttribute("period", period);
        model.addAttribute("selected", period.selected(today));
        model.addAttribute("choices", MetricsPeriod.choices(today));
        model.addAttribute("exportQuery", period.query(today));
        model.addAttribute("charts", MetricsCharts.of(report, text, json));
        model.addAttribute("bases", MetricBase.values());
        model.addAttribute("columns", MetricsWorkbook.COLUMNS);
        model.addAttribute(
                "satisfiedNames",
                report.definitions().satisfied().stream()
                        .sorted()
                        .map(s -> text.getMessage("appeals.satisfaction." + s.name()))
                        .toList());
        return "appeals/metrics";
    }

    @GetMapping("/metrics.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal ZoneUser user, MetricsPeriod period) {
        LocalDate[] days = period.days(today(user));
        MetricsReport report = metrics.report(user, days[0], days[1]);
        String title = text.getMessage("appeals.metrics.xlsx.title", new Object[] {days[0], days[1]});
        byte[] body = MetricsWorkbook.write(
                report,
                text.getMessage("appeals.metrics.xlsx.sheet"),
                title,
                column -> text.getMessage("appeals.metrics.col." + column));
        String file = text.getMessage("appeals.metrics.xlsx.file", new Object[] {days[0], days[1]}) + ".xlsx";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(WorkbookStyles.XLSX))
                .body(body);
    }

    @PostMapping("/metrics/definitions")
    @PreAuthorize("hasRole('ADMIN')")
    String definitions(
            @AuthenticationPrincipal ZoneUser admin,
            @RequestParam(required = false) MetricBase resolutionBase,
            @RequestParam(required = false) MetricBase settlementBase,
            @RequestParam(defaultValue = "false") boolean countMerged,
            @RequestParam int version,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        try {
            metrics.saveDefinitions(
                    admin, new MetricDefinitions(resolutionBase, settlementBase, countMerged, Set.of(), version));
            redirect.addFlashAttribute("flash", text.getMessage("appeals.metrics.flash.saved"));
        } catch (ConflictException stale) {
            redirect.addFlashAttribute("flashError", stale.getMessage());
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute(
                    "flashError",
                    refused.errors().stream().map(InputError::message).collect(Collectors.joining(" ")));
        }
        return "redirect:/appeals/metrics" + (back != null && back.matches("[\\w=&.-]*") ? "?" + back : "");
    }

    @GetMapping("/overdue")
    String overdue(@AuthenticationPrincipal ZoneUser user, Model model) {
        model.addAttribute("overdue", metrics.overdue(user));
        return "appeals/overdue";
    }

    private LocalDate today(ZoneUser user) {
        return zones.today(user.zoneId());
    }
}

package com.parkops.investment.web;

import com.parkops.investment.ContestLeague;
import com.parkops.investment.ContestLeague.ContestPeriod;
import com.parkops.investment.ContestLeague.ContestTable;
import com.parkops.investment.ContestLeague.Standing;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.io.WorkbookStyles;
import com.parkops.shared.web.InputErrors;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import tools.jackson.databind.ObjectMapper;

/** The 三比三促 league table with charts and an XLSX export; administrators set the weights here. */
@Controller
@RequestMapping("/investment/contest")
class ContestPageController {

    /** The weights form. */
    record WeightsForm(Integer signed, Integer started, Integer funds, Integer version) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ContestLeague contest;
    private final Zones zones;
    private final ContestYears years;
    private final ContestPageText text;

    ContestPageController(ContestLeague contest, Zones zones, ContestYears years, ContestPageText text) {
        this.contest = contest;
        this.zones = zones;
        this.years = years;
        this.text = text;
    }

    @InitBinder("weightsForm")
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    String page(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String period,
            Model model) {
        var weights = contest.weights(user.zoneId());
        model.addAttribute(
                "weightsForm",
                new WeightsForm(weights.signed(), weights.started(), weights.funds(), weights.version()));
        return view(user, year, period, model);
    }

    @PostMapping("/weights")
    @PreAuthorize("hasRole('ADMIN')")
    String saveWeights(
            @AuthenticationPrincipal ZoneUser user,
            @ModelAttribute("weightsForm") WeightsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return view(user, null, null, model);
        }
        try {
            contest.updateWeights(
                    user.zoneId(), user.getUsername(), form.signed(), form.started(), form.funds(), form.version());
        } catch (InvalidInputException refused) {
            InputErrors.add(result, refused);
            return view(user, null, null, model);
        } catch (ConflictException stale) {
            result.reject("contest.error.stale");
            return view(user, null, null, model);
        }
        redirect.addFlashAttribute("flash", text.get("contest.flash.weights"));
        return "redirect:/investment/contest";
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    void export(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String period,
            HttpServletResponse response)
            throws IOException {
        ContestTable table = contest.table(user.zoneId(), period(user, year, period));
        String title = periodLabel(table.period());
        response.setContentType(WorkbookStyles.XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(text.get("contest.xlsx.file", title), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        ContestWorkbook.write(
                table, text.get("contest.xlsx.title", title), key -> text.get(key), response.getOutputStream());
    }

    private ContestPeriod period(ZoneUser user, Integer year, String period) {
        int chosen = year == null ? zones.today(user.zoneId()).getYear() : years.check(year);
        return ContestPeriods.parse(chosen, period, text);
    }

    private String view(ZoneUser user, Integer year, String period, Model model) {
        ContestTable table = contest.table(user.zoneId(), period(user, year, period));
        int thisYear = zones.today(user.zoneId()).getYear();
        model.addAttribute("table", table);
        model.addAttribute("periodCode", ContestPeriods.code(table.period()));
        model.addAttribute("periodLabel", periodLabel(table.period()));
        model.addAttribute("periodCodes", ContestPeriods.codes());
        model.addAttribute(
                "yearChoices",
                IntStream.rangeClosed(thisYear - 5, thisYear + 1)
                        .boxed()
                        .sorted((a, b) -> b - a)
                        .toList());
        model.addAttribute("admin", user.is(Role.ADMIN));
        model.addAttribute("criteriaChart", criteriaChart(table));
        model.addAttribute("scoreChart", scoreChart(table));
        return "investment/contest/league";
    }

    private String periodLabel(ContestPeriod period) {
        String code = ContestPeriods.code(period);
        return text.get("contest.period." + code.charAt(0), String.valueOf(period.year()), code.substring(1));
    }

    /** Bars per team for each criterion's score (comparable across criteria, unlike the raw units). */
    private String criteriaChart(ContestTable table) {
        List<Standing> s = table.standings();
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("categories", s.stream().map(Standing::teamName).toList());
        spec.put(
                "series",
                List.of(
                        series(
                                text.get("contest.col.signed"),
                                s.stream().map(t -> t.signedAmount().score()).toList()),
                        series(
                                text.get("contest.col.started"),
                                s.stream().map(t -> t.projectsStarted().score()).toList()),
                        series(
                                text.get("contest.col.funds"),
                                s.stream().map(t -> t.fundsInPlace().score()).toList())));
        spec.put("stacked", true);
        return JSON.writeValueAsString(spec);
    }

    private String scoreChart(ContestTable table) {
        List<Standing> s = table.standings();
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("categories", s.stream().map(Standing::teamName).toList());
        spec.put(
                "series",
                List.of(series(
                        text.get("contest.col.score"),
                        s.stream().map(Standing::score).toList())));
        spec.put("stacked", false);
        return JSON.writeValueAsString(spec);
    }

    private static Map<String, Object> series(String name, List<?> data) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("data", data);
        return map;
    }
}

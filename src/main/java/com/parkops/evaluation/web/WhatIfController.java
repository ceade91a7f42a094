package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationRuns;
import com.parkops.evaluation.EvaluationSchemes;
import com.parkops.evaluation.EvaluationWhatIf.Comparison;
import com.parkops.evaluation.EvaluationWhatIf.Mover;
import com.parkops.evaluation.EvaluationWhatIf.PoolComparison;
import com.parkops.evaluation.Grade;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The what-if page (方案比较): choose a run, scheme A and scheme B (a preset, a stored scheme, or A
 * with edited weights and grade percentages), see per pool the grade transition matrix and a chart,
 * and the enterprises that move, also as XLSX. Read-only, so a plain GET form that works without
 * JavaScript and can be bookmarked.
 */
@Controller
@RequestMapping("/evaluation/whatif")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
class WhatIfController {

    /** The page lists this many movers; the XLSX has them all. */
    static final int SHOWN_MOVERS = 500;

    private final EvaluationRuns runs;
    private final EvaluationSchemes schemes;
    private final WhatIfView view;
    private final EvaluationText text;

    WhatIfController(EvaluationRuns runs, EvaluationSchemes schemes, WhatIfView view, EvaluationText text) {
        this.runs = runs;
        this.schemes = schemes;
        this.view = view;
        this.text = text;
    }

    @GetMapping
    String page(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam Map<String, String> params,
            HttpServletRequest request,
            Model model) {
        List<EvaluationRun> all = runs.list(user.zoneId(), null);
        model.addAttribute("runs", all);
        model.addAttribute("presets", schemes.presets());
        model.addAttribute("schemes", schemes.list(user.zoneId()));
        WhatIfForm form = WhatIfForm.of(params);
        if (form.run() == null && !all.isEmpty()) {
            form = new WhatIfForm(
                    all.get(0).id(), form.a(), form.b(), form.shown(), form.compare(), form.sort(), form.fields());
        }
        model.addAttribute("form", form);
        if (form.run() == null) {
            return "evaluation/whatif";
        }
        EvaluationRun run = run(user, form);
        WhatIfView.Outcome outcome = view.run(user.zoneId(), run, form);
        model.addAttribute("run", run);
        model.addAttribute("outcome", outcome);
        Comparison comparison = outcome.comparison();
        if (comparison != null) {
            List<Mover> movers = sorted(comparison.movers(), form.sort(), comparison);
            model.addAttribute("movers", movers.subList(0, Math.min(SHOWN_MOVERS, movers.size())));
            model.addAttribute("charts", charts(comparison));
            String query = request.getQueryString() == null ? "" : request.getQueryString();
            model.addAttribute("exportUrl", "/evaluation/whatif/movers.xlsx?" + query);
            model.addAttribute("sortByPool", withSort(query, "pool"));
            model.addAttribute("sortByMovement", withSort(query, "movement"));
        }
        return "evaluation/whatif";
    }

    @GetMapping("/movers.xlsx")
    String export(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam Map<String, String> params,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        WhatIfForm form = WhatIfForm.of(params);
        if (form.run() == null) {
            return "redirect:/evaluation/whatif";
        }
        EvaluationRun run = run(user, form);
        WhatIfView.Outcome outcome = view.run(user.zoneId(), run, form);
        if (outcome.comparison() == null) {
            return "redirect:/evaluation/whatif?" + (request.getQueryString() == null ? "" : request.getQueryString());
        }
        Comparison comparison = outcome.comparison();
        WhatIfWorkbook.write(response, text, run, comparison, sorted(comparison.movers(), form.sort(), comparison));
        return null;
    }

    private EvaluationRun run(ZoneUser user, WhatIfForm form) {
        return runs.find(user.zoneId(), form.run())
                .orElseThrow(() -> new NotFoundException("evaluation run " + form.run()));
    }

    /** By pool then best move up first (as compared), or by the size of the move across pools. */
    static List<Mover> sorted(List<Mover> movers, String sort, Comparison comparison) {
        if (!"movement".equals(sort)) {
            return movers;
        }
        List<String> pools =
                comparison.pools().stream().map(PoolComparison::pool).toList();
        List<Mover> sorted = new ArrayList<>(movers);
        sorted.sort(Comparator.comparingInt((Mover m) -> -Math.abs(m.movement()))
                .thenComparingInt(m -> -m.movement())
                .thenComparingInt(m -> pools.indexOf(m.pool()))
                .thenComparing(Mover::rankA, Comparator.nullsLast(Comparator.naturalOrder())));
        return sorted;
    }

    /** Per pool the grade totals under A and B, labelled for the chart. */
    private List<Map<String, Object>> charts(Comparison comparison) {
        List<String> labels = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            labels.add(text.get("evaluation.grade." + grade.name()));
        }
        List<Map<String, Object>> charts = new ArrayList<>();
        for (PoolComparison pool : comparison.pools()) {
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("pool", pool.pool());
            chart.put("labels", labels);
            chart.put("nameA", text.get("whatif.chart.a"));
            chart.put("nameB", text.get("whatif.chart.b"));
            chart.put("a", new ArrayList<>(pool.totalsA().values()));
            chart.put("b", new ArrayList<>(pool.totalsB().values()));
            charts.add(chart);
        }
        return charts;
    }

    private static String withSort(String query, String sort) {
        return UriComponentsBuilder.fromUriString("/evaluation/whatif?" + query)
                .replaceQueryParam("sort", sort)
                .build(true)
                .toUriString();
    }
}

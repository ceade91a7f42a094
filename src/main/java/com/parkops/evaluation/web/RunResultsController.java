package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationRuns;
import com.parkops.evaluation.Grade;
import com.parkops.shared.ConflictException;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One run: its lifecycle (publish, finalize, delete a draft; ADMIN and STAFF), the grade
 * distribution of each pool and the results table with filters and pages. htmx swaps just the
 * table when the filters change; without JavaScript the filter form submits as a plain GET. An
 * illegal move is a message on the page, never an error page.
 */
@Controller
@RequestMapping("/evaluation/runs/{id}")
class RunResultsController {

    static final String VIEW = "evaluation/runs-detail";

    private final EvaluationRuns runs;
    private final ResultCharts charts;
    private final Zones zones;
    private final EvaluationText text;

    RunResultsController(EvaluationRuns runs, ResultCharts charts, Zones zones, EvaluationText text) {
        this.runs = runs;
        this.charts = charts;
        this.zones = zones;
        this.text = text;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    String show(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            RunResultsQuery query,
            BindingResult ignoredBadFilters,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-Boosted", required = false) String boosted,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
            Model model,
            HttpServletResponse response) {
        EvaluationRun run = required(user, id);
        String path = "/evaluation/runs/" + id;
        // a filter that does not parse (e.g. grade=X) binds as null and so does not filter
        RunResultsQuery filters = query;
        model.addAttribute("run", run);
        model.addAttribute("query", filters);
        EvaluationRuns.ResultPage page =
                runs.results(user.zoneId(), id, filters.filter(), filters.pageNumber(), RunResultsQuery.PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("rows", page.content().stream().map(RunResultRow::of).toList());
        model.addAttribute("pageUrl", filters.url(path));
        model.addAttribute("grades", Grade.values());
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if (htmx != null && boosted == null && restore == null) {
            return VIEW + " :: results";
        }
        model.addAttribute("distributions", RunDistribution.of(run, runs.gradeCounts(user.zoneId(), id), charts));
        model.addAttribute("canManage", user.is(Role.ADMIN) || user.is(Role.STAFF));
        model.addAttribute("timeZone", zones.timeZone(user.zoneId()));
        return VIEW;
    }

    @PostMapping("/publish")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String publish(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return move(user, id, redirect, run -> {
            EvaluationRun published = runs.publish(user.zoneId(), user.getUsername(), id);
            redirect.addFlashAttribute(
                    "flash",
                    text.get(
                            "evalpages.flash.published",
                            published.objectionUntil() == null
                                    ? ""
                                    : published.objectionUntil().toString()));
        });
    }

    @PostMapping("/finalize")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String finalizeRun(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return move(user, id, redirect, run -> {
            runs.finalizeRun(user.zoneId(), user.getUsername(), id);
            redirect.addFlashAttribute("flash", text.get("evalpages.flash.finalized"));
        });
    }

    @PostMapping("/delete")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String delete(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        EvaluationRun run = required(user, id);
        try {
            runs.deleteDraft(user.zoneId(), user.getUsername(), id);
            redirect.addFlashAttribute(
                    "flash", text.get("evalpages.flash.deleted", String.valueOf(run.year()), schemeName(run, text)));
            return "redirect:/evaluation";
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
            return "redirect:/evaluation/runs/" + id;
        }
    }

    /** Runs a lifecycle move; a refused move (wrong status, pending objections …) becomes a message. */
    private String move(ZoneUser user, UUID id, RedirectAttributes redirect, Consumer<EvaluationRun> action) {
        EvaluationRun run = required(user, id);
        try {
            action.accept(run);
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/evaluation/runs/" + id;
    }

    /** The run's scheme name, or "unnamed scheme" for a scheme given without a name (through the API). */
    static String schemeName(EvaluationRun run, EvaluationText text) {
        return run.schemeName() == null || run.schemeName().isBlank()
                ? text.get("evalpages.run.unnamed")
                : run.schemeName();
    }

    private EvaluationRun required(ZoneUser user, UUID id) {
        return runs.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("evaluation run " + id));
    }
}

package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationResult;
import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationRuns;
import com.parkops.evaluation.RunStatus;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * An enterprise user's own results, only in runs that are published (公示) or final: never a
 * draft, never another enterprise's result (both answer 404, as if they did not exist). While a
 * run is published and its objection window open, the enterprise may object.
 */
@Controller
@RequestMapping("/evaluation/my")
class MyEvaluationController {

    /** One of the enterprise's results with its run, its score half-up to 2 decimals, and whether it may still object. */
    record MyEvaluationRow(EvaluationRun run, EvaluationResult result, BigDecimal score, boolean objectionOpen) {}

    private final EvaluationRuns runs;
    private final ResultPageModel pageModel;
    private final Zones zones;

    MyEvaluationController(EvaluationRuns runs, ResultPageModel pageModel, Zones zones) {
        this.runs = runs;
        this.pageModel = pageModel;
        this.zones = zones;
    }

    @GetMapping
    @PreAuthorize("hasRole('ENTERPRISE')")
    String list(@AuthenticationPrincipal ZoneUser user, Model model) {
        LocalDate today = zones.today(user.zoneId());
        Map<UUID, Optional<EvaluationRun>> found = new HashMap<>();
        List<MyEvaluationRow> rows = new ArrayList<>();
        for (EvaluationResult result : runs.publishedResults(user.zoneId(), own(user))) {
            found.computeIfAbsent(result.runId(), id -> runs.find(user.zoneId(), id))
                    .filter(MyEvaluationController::visible)
                    .ifPresent(run -> rows.add(new MyEvaluationRow(
                            run, result, ResultNumbers.score(result.score()), objectionOpen(run, today))));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("timeZone", zones.timeZone(user.zoneId()));
        return "evaluation/my";
    }

    @GetMapping("/{runId}")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String show(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID runId, Model model) {
        EvaluationRun run = runs.find(user.zoneId(), runId)
                .filter(MyEvaluationController::visible)
                .orElseThrow(() -> new NotFoundException("evaluation run " + runId));
        EvaluationResult result = runs.result(user.zoneId(), runId, own(user))
                .orElseThrow(() -> new NotFoundException("evaluation result in run " + runId));
        pageModel.add(model, user.zoneId(), run, result, false);
        model.addAttribute("canDecide", false);
        model.addAttribute("objectionOpen", objectionOpen(run, zones.today(user.zoneId())));
        return ResultPageController.VIEW;
    }

    private static UUID own(ZoneUser user) {
        return user.enterpriseId().orElseThrow(() -> new NotFoundException("no enterprise"));
    }

    /** An enterprise sees a run once it is published, and while it has not been superseded. */
    private static boolean visible(EvaluationRun run) {
        return run.status() == RunStatus.PUBLISHED || run.status() == RunStatus.FINAL;
    }

    /** Objections are taken while the run is published and up to its last objection day. */
    static boolean objectionOpen(EvaluationRun run, LocalDate today) {
        return run.status() == RunStatus.PUBLISHED
                && run.objectionUntil() != null
                && !today.isAfter(run.objectionUntil());
    }
}

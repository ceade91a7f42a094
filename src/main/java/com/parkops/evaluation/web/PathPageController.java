package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationResult;
import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationRuns;
import com.parkops.evaluation.Grade;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff's path-to-the-next-grade page: pick a run and an enterprise graded B, C or D in it and
 * see what one indicator alone would take (the same fragment the enterprise result page shows).
 */
@Controller
@RequestMapping("/evaluation/whatif/path")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
class PathPageController {

    private final EvaluationRuns runs;
    private final PathAccess paths;

    PathPageController(EvaluationRuns runs, PathAccess paths) {
        this.runs = runs;
        this.paths = paths;
    }

    @GetMapping
    String page(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(required = false) UUID run,
            @RequestParam(required = false) String creditCode,
            Model model) {
        List<EvaluationRun> all = runs.list(user.zoneId(), null);
        model.addAttribute("runs", all);
        UUID runId = run != null ? run : all.isEmpty() ? null : all.get(0).id();
        if (runId == null) {
            return "evaluation/whatif-path";
        }
        EvaluationRun chosen =
                runs.find(user.zoneId(), runId).orElseThrow(() -> new NotFoundException("evaluation run " + runId));
        model.addAttribute("run", chosen);
        List<EvaluationResult> candidates = runs.results(user.zoneId(), runId).stream()
                .filter(r -> r.computedGrade() != Grade.A && r.computedGrade() != Grade.T)
                .toList();
        model.addAttribute("candidates", candidates);
        String code = creditCode == null || creditCode.isBlank() ? null : creditCode.strip();
        model.addAttribute("creditCode", code);
        if (code != null) {
            try {
                model.addAttribute("path", paths.path(user, runId, code));
            } catch (NotFoundException absent) {
                model.addAttribute("absent", true);
            }
        }
        return "evaluation/whatif-path";
    }
}

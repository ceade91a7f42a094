package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationResult;
import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationRuns;
import com.parkops.evaluation.RunStatus;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One enterprise's result in a run for zone staff and leaders: grade, score, rank in its pool,
 * the per-indicator breakdown, its bonus and penalty items and its published history, with the
 * links to staff decisions (drafts only) and to its result letter.
 */
@Controller
class ResultPageController {

    static final String VIEW = "evaluation/result";

    private final EvaluationRuns runs;
    private final ResultPageModel pageModel;

    ResultPageController(EvaluationRuns runs, ResultPageModel pageModel) {
        this.runs = runs;
        this.pageModel = pageModel;
    }

    @GetMapping("/evaluation/runs/{id}/enterprises/{creditCode}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    String show(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @PathVariable String creditCode,
            Model model) {
        EvaluationRun run =
                runs.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("evaluation run " + id));
        EvaluationResult result = runs.result(user.zoneId(), id, creditCode)
                .orElseThrow(() -> new NotFoundException("evaluation result " + creditCode));
        pageModel.add(model, user.zoneId(), run, result, true);
        boolean manages = user.is(Role.ADMIN) || user.is(Role.STAFF);
        model.addAttribute("canDecide", manages && run.status() == RunStatus.DRAFT);
        model.addAttribute("objectionOpen", false);
        return VIEW;
    }
}

package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationCorrections;
import com.parkops.evaluation.EvaluationRun;
import com.parkops.shared.ConflictException;
import com.parkops.zone.ZoneUser;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "correct this run" button (更正): creates the corrected draft and opens it; a refusal goes
 * back (to the objection it was pressed on, when given) with the reason.
 */
@Controller
class CorrectionPageController implements LifecyclePage {

    private final EvaluationCorrections corrections;
    private final EvaluationText text;

    CorrectionPageController(EvaluationCorrections corrections, EvaluationText text) {
        this.corrections = corrections;
        this.text = text;
    }

    @PostMapping("/evaluation/runs/{id}/correct")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String correct(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestParam(name = "objection", required = false) UUID objection,
            RedirectAttributes redirect) {
        try {
            EvaluationRun corrected = corrections.correct(user.zoneId(), user.getUsername(), id);
            redirect.addFlashAttribute("flash", text.get("objections.correction.flash.created"));
            return "redirect:/evaluation/runs/" + corrected.id();
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
            return objection == null
                    ? "redirect:/evaluation/runs/" + id
                    : "redirect:/evaluation/objections/" + objection;
        }
    }
}

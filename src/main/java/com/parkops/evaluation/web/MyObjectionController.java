package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationObjections;
import com.parkops.evaluation.EvaluationResult;
import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationRuns;
import com.parkops.evaluation.Objection;
import com.parkops.evaluation.RunStatus;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.NotFoundException;
import com.parkops.shared.web.InputErrors;
import com.parkops.shared.web.Uploads;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An enterprise objects to its own published result (提出异议): the form during the window, and
 * the state and decision of what it filed. Another enterprise's result, or a draft, is a 404.
 */
@Controller
@RequestMapping("/evaluation/my/{runId}/objection")
@PreAuthorize("hasRole('ENTERPRISE')")
class MyObjectionController implements LifecyclePage {

    /** The reason; the files come as their own request part. */
    record ObjectionForm(String reason) {}

    private final EvaluationRuns runs;
    private final EvaluationObjections objections;
    private final Zones zones;
    private final EvaluationText text;

    MyObjectionController(EvaluationRuns runs, EvaluationObjections objections, Zones zones, EvaluationText text) {
        this.runs = runs;
        this.objections = objections;
        this.zones = zones;
        this.text = text;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String page(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID runId, Model model) {
        model.addAttribute("form", new ObjectionForm(null));
        return view(user, runId, model);
    }

    @PostMapping
    String file(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID runId,
            @ModelAttribute("form") ObjectionForm form,
            BindingResult result,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect) {
        UUID enterprise = user.enterpriseId().orElseThrow(() -> new NotFoundException("evaluation run " + runId));
        try {
            objections.file(
                    user.zoneId(),
                    user.getUsername(),
                    runId,
                    enterprise,
                    form.reason(),
                    Uploads.of(files, EvaluationObjections.NewFile::new));
            redirect.addFlashAttribute("flash", text.get("objections.flash.filed"));
        } catch (InvalidInputException refused) {
            InputErrors.add(result, refused);
            return view(user, runId, model);
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/evaluation/my/" + runId + "/objection";
    }

    private String view(ZoneUser user, UUID runId, Model model) {
        UUID enterprise = user.enterpriseId().orElseThrow(() -> new NotFoundException("evaluation run " + runId));
        EvaluationRun run = runs.find(user.zoneId(), runId)
                .filter(found -> found.status() != RunStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("evaluation run " + runId));
        EvaluationResult result = runs.result(user.zoneId(), runId, enterprise)
                .orElseThrow(() -> new NotFoundException("evaluation run " + runId));
        LocalDate today = zones.today(user.zoneId());
        List<Objection> mine = objections.ofRun(user.zoneId(), runId, enterprise);
        Long daysLeft = ObjectionRow.daysLeft(run.objectionUntil(), today);
        String blocked = null;
        if (run.status() == RunStatus.SUPERSEDED) {
            blocked = "objections.my.blocked.superseded";
        } else if (run.status() != RunStatus.PUBLISHED) {
            blocked = "objections.my.blocked.status";
        } else if (daysLeft == null || daysLeft < 0) {
            blocked = "objections.my.blocked.closed";
        } else if (mine.stream().anyMatch(o -> !o.status().decided())) {
            blocked = "objections.my.blocked.open";
        }
        model.addAttribute("run", run);
        model.addAttribute("result", ResultJson.of(result));
        model.addAttribute("objections", mine);
        model.addAttribute("daysLeft", daysLeft);
        model.addAttribute("blocked", blocked);
        model.addAttribute("maxFiles", EvaluationObjections.MAX_FILES);
        model.addAttribute("maxMegabytes", EvaluationObjections.MAX_FILE_BYTES >> 20);
        model.addAttribute("maxReason", EvaluationObjections.MAX_REASON);
        return "evaluation/objections/my";
    }
}

package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationCorrections;
import com.parkops.evaluation.EvaluationObjections;
import com.parkops.evaluation.EvaluationRuns;
import com.parkops.evaluation.Objection;
import com.parkops.evaluation.ObjectionStatus;
import com.parkops.evaluation.RunStatus;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.NotFoundException;
import com.parkops.shared.web.InputErrors;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff's objection queue (异议处理): filter by run and status, open objections first; one
 * objection with the enterprise's result, its files and the decision form.
 */
@Controller
@RequestMapping("/evaluation/objections")
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class ObjectionQueueController implements LifecyclePage {

    private static final int PAGE_SIZE = 30;

    /** The decision as staff enter it. */
    record DecideForm(String decision, String reason, Integer version) {}

    /** One page of the queue, as the layout's pagination reads it. */
    record QueuePage(List<ObjectionRow> items, int number, int totalPages, long totalElements) {}

    private final EvaluationObjections objections;
    private final EvaluationRuns runs;
    private final EvaluationCorrections corrections;
    private final Zones zones;
    private final EvaluationText text;

    ObjectionQueueController(
            EvaluationObjections objections,
            EvaluationRuns runs,
            EvaluationCorrections corrections,
            Zones zones,
            EvaluationText text) {
        this.objections = objections;
        this.runs = runs;
        this.corrections = corrections;
        this.zones = zones;
        this.text = text;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String queue(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(required = false) UUID run,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ObjectionStatus wanted = ObjectionApiController.decision(status);
        EvaluationObjections.Page found =
                objections.search(user.zoneId(), new EvaluationObjections.Filter(run, wanted), page, PAGE_SIZE);
        LocalDate today = zones.today(user.zoneId());
        model.addAttribute(
                "page",
                new QueuePage(
                        found.items().stream()
                                .map(o -> ObjectionRow.of(o, today))
                                .toList(),
                        found.number(),
                        found.totalPages(),
                        found.totalElements()));
        model.addAttribute(
                "runs",
                runs.list(user.zoneId(), null).stream()
                        .filter(r -> r.status() != RunStatus.DRAFT)
                        .toList());
        model.addAttribute("run", run);
        model.addAttribute("status", wanted == null ? "" : wanted.name());
        model.addAttribute("statuses", ObjectionStatus.values());
        model.addAttribute(
                "pageUrl",
                UriComponentsBuilder.fromPath("/evaluation/objections")
                        .queryParam("run", run == null ? "" : run)
                        .queryParam("status", wanted == null ? "" : wanted.name())
                        .build()
                        .toUriString());
        return "evaluation/objections/queue";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("form", new DecideForm(null, null, null));
        return view(user, id, model);
    }

    @PostMapping("/{id}/decision")
    String decide(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") DecideForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            Objection decided = objections.decide(
                    user.zoneId(),
                    user.getUsername(),
                    id,
                    ObjectionApiController.decision(form.decision()),
                    form.reason(),
                    form.version());
            redirect.addFlashAttribute(
                    "flash",
                    text.get("objections.flash." + decided.status().name().toLowerCase(Locale.ROOT)));
        } catch (InvalidInputException refused) {
            InputErrors.add(result, refused);
            return view(user, id, model);
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/evaluation/objections/" + id;
    }

    private String view(ZoneUser user, UUID id, Model model) {
        Objection objection =
                objections.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("objection " + id));
        model.addAttribute("row", ObjectionRow.of(objection, zones.today(user.zoneId())));
        model.addAttribute("o", objection);
        model.addAttribute(
                "result",
                runs.result(user.zoneId(), objection.runId(), objection.enterpriseId())
                        .map(ResultJson::of)
                        .orElse(null));
        model.addAttribute("run", runs.find(user.zoneId(), objection.runId()).orElseThrow());
        model.addAttribute(
                "correction",
                corrections.pendingCorrection(user.zoneId(), objection.runId()).orElse(null));
        model.addAttribute("maxReason", EvaluationObjections.MAX_REASON);
        return "evaluation/objections/detail";
    }
}

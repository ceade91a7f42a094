package com.parkops.evaluation.web;

import com.parkops.evaluation.Decision;
import com.parkops.evaluation.DecisionKind;
import com.parkops.evaluation.EvaluationDecisions;
import com.parkops.evaluation.EvaluationResult;
import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationRuns;
import com.parkops.evaluation.RunStatus;
import com.parkops.evaluation.Scheme;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.NotFoundException;
import com.parkops.shared.web.InputErrors;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Staff decisions on one enterprise in a draft run: veto items (一票否决), a manual adjustment
 * (调档) and manual bonus/penalty items, each with reason and approver. Leaders and non-draft
 * runs see the decisions without the forms.
 */
@Controller
@RequestMapping("/evaluation/runs/{runId}/enterprises/{creditCode}/decisions")
class DecisionPageController implements LifecyclePage {

    /** One decision form; the kind comes from the address it is posted to. */
    record DecisionForm(String code, Integer steps, String reason, String approver) {

        static DecisionForm empty() {
            return new DecisionForm(null, null, null, null);
        }
    }

    /** A bonus or penalty item that staff apply by hand. */
    record ManualItem(String code, String name, java.math.BigDecimal points, boolean bonus) {}

    private static final List<String> FORMS = List.of("vetoForm", "adjustForm", "itemForm");

    private final EvaluationRuns runs;
    private final EvaluationDecisions decisions;
    private final EvaluationText text;

    DecisionPageController(EvaluationRuns runs, EvaluationDecisions decisions, EvaluationText text) {
        this.runs = runs;
        this.decisions = decisions;
        this.text = text;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    String page(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID runId,
            @PathVariable String creditCode,
            Model model) {
        return view(user, runId, creditCode, model);
    }

    @PostMapping("/veto")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String veto(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID runId,
            @PathVariable String creditCode,
            @ModelAttribute("vetoForm") DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return add(user, runId, creditCode, DecisionKind.VETO, form, result, model, redirect);
    }

    @PostMapping("/adjust")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String adjust(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID runId,
            @PathVariable String creditCode,
            @ModelAttribute("adjustForm") DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return add(user, runId, creditCode, DecisionKind.ADJUST, form, result, model, redirect);
    }

    @PostMapping("/item")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String item(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID runId,
            @PathVariable String creditCode,
            @ModelAttribute("itemForm") DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return add(user, runId, creditCode, DecisionKind.ITEM, form, result, model, redirect);
    }

    @PostMapping("/{decisionId}/delete")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String remove(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID runId,
            @PathVariable String creditCode,
            @PathVariable UUID decisionId,
            RedirectAttributes redirect) {
        try {
            decisions.remove(user.zoneId(), user.getUsername(), runId, decisionId);
            redirect.addFlashAttribute("flash", text.get("objections.decision.flash.removed"));
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return redirect(runId, creditCode);
    }

    private String add(
            ZoneUser user,
            UUID runId,
            String creditCode,
            DecisionKind kind,
            DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            decisions.add(
                    user.zoneId(),
                    user.getUsername(),
                    runId,
                    new EvaluationDecisions.NewDecision(
                            creditCode, kind.name(), form.code(), form.steps(), form.reason(), form.approver()));
            redirect.addFlashAttribute(
                    "flash", text.get("objections.decision.flash." + kind.name().toLowerCase(Locale.ROOT)));
        } catch (InvalidInputException refused) {
            InputErrors.add(result, refused);
            return view(user, runId, creditCode, model);
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return redirect(runId, creditCode);
    }

    private String view(ZoneUser user, UUID runId, String creditCode, Model model) {
        EvaluationRun run =
                runs.find(user.zoneId(), runId).orElseThrow(() -> new NotFoundException("evaluation run " + runId));
        EvaluationResult result = decisions
                .result(user.zoneId(), runId, creditCode)
                .orElseThrow(() -> new NotFoundException("result " + creditCode));
        Scheme.Pool pool = run.scheme().pools().get(result.poolIndex());
        for (String form : FORMS) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, DecisionForm.empty());
            }
        }
        model.addAttribute("run", run);
        model.addAttribute("draft", run.status() == RunStatus.DRAFT);
        model.addAttribute("editable", run.status() == RunStatus.DRAFT && (user.is(Role.ADMIN) || user.is(Role.STAFF)));
        model.addAttribute("result", ResultJson.of(result));
        List<Decision> made = decisions.list(user.zoneId(), runId, result.creditCode());
        model.addAttribute("decisions", made);
        model.addAttribute("hasVeto", made.stream().anyMatch(d -> d.kind() == DecisionKind.VETO));
        model.addAttribute("hasAdjust", made.stream().anyMatch(d -> d.kind() == DecisionKind.ADJUST));
        model.addAttribute(
                "vetoItems",
                run.scheme().vetoItems() == null ? List.of() : run.scheme().vetoItems());
        List<ManualItem> items = manualItems(pool);
        Map<String, String> names = new HashMap<>();
        items.forEach(i -> names.put(i.code(), i.name()));
        if (run.scheme().vetoItems() != null) {
            run.scheme().vetoItems().forEach(v -> names.put(v.code(), v.name()));
        }
        model.addAttribute("manualItems", items);
        model.addAttribute("itemNames", names);
        model.addAttribute("maxReason", EvaluationDecisions.MAX_REASON);
        model.addAttribute("maxApprover", EvaluationDecisions.MAX_APPROVER);
        return "evaluation/decisions/enterprise";
    }

    private static List<ManualItem> manualItems(Scheme.Pool pool) {
        List<ManualItem> items = new ArrayList<>();
        if (pool.bonusItems() != null) {
            pool.bonusItems().stream()
                    .filter(i -> i.qualification() == null)
                    .forEach(i -> items.add(new ManualItem(i.code(), i.name(), i.points(), true)));
        }
        if (pool.penaltyItems() != null) {
            pool.penaltyItems().stream()
                    .filter(i -> i.qualification() == null)
                    .forEach(i -> items.add(new ManualItem(i.code(), i.name(), i.points(), false)));
        }
        return items;
    }

    private static String redirect(UUID runId, String creditCode) {
        return "redirect:/evaluation/runs/" + runId + "/enterprises/"
                + UriUtils.encodePathSegment(creditCode, java.nio.charset.StandardCharsets.UTF_8) + "/decisions";
    }
}

package com.parkops.investment.web;

import com.parkops.investment.ContractRegister;
import com.parkops.investment.ContractRegister.ProjectContract;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.web.InputErrors;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
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

/** A project's signed contract and promises: staff and administrators edit, leaders read. */
@Controller
@RequestMapping("/investment/projects/{id}/contract")
class ContractPageController {

    private final ContractRegister contracts;
    private final ContestPageText text;

    ContractPageController(ContractRegister contracts, ContestPageText text) {
        this.contracts = contracts;
        this.text = text;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id", "projectId");
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    String page(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, Model model) {
        ProjectContract project = contracts.find(user.zoneId(), id);
        model.addAttribute(
                "form", ContractForm.of(project.contract(), project.projectInvestor(), project.projectLandMu()));
        return view(user, project, model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String save(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") ContractForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectContract project = contracts.find(user.zoneId(), id);
        if (result.hasErrors()) {
            return view(user, project, model);
        }
        try {
            contracts.save(user.zoneId(), id, form.toData(), user.getUsername());
        } catch (InvalidInputException refused) {
            InputErrors.add(result, refused);
            return view(user, project, model);
        } catch (ConflictException stale) {
            result.reject("contest.error.stale");
            return view(user, project, model);
        }
        redirect.addFlashAttribute("flash", text.get("contract.flash.saved"));
        return "redirect:/investment/projects/" + id + "/contract";
    }

    private static String view(ZoneUser user, ProjectContract project, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("contract", project.contract());
        model.addAttribute("editable", user.is(Role.STAFF) || user.is(Role.ADMIN));
        model.addAttribute("usd", "USD".equals(project.currency()));
        return "investment/contract/contract";
    }
}

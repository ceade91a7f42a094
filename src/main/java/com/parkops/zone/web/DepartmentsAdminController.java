package com.parkops.zone.web;

import com.parkops.zone.NameTakenException;
import com.parkops.zone.Users;
import com.parkops.zone.Users.Department;
import com.parkops.zone.ZoneUser;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Departments (部门管理) of the administrator's zone: list with user counts, create, rename. */
@Controller
@RequestMapping("/admin/departments")
class DepartmentsAdminController {

    private final Users users;
    private final MessageSource messages;

    DepartmentsAdminController(Users users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@AuthenticationPrincipal ZoneUser admin, Model model) {
        model.addAttribute("form", DepartmentForm.empty());
        return listPage(admin, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal ZoneUser admin,
            @Valid @ModelAttribute("form") DepartmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        if (result.hasErrors()) {
            return listPage(admin, model);
        }
        try {
            users.createDepartment(admin.zoneId(), form.name().strip(), form.trimmedShortName(), admin.getUsername());
        } catch (NameTakenException e) {
            result.rejectValue("name", "department.name.taken");
            return listPage(admin, model);
        }
        redirect.addFlashAttribute(
                "flash",
                messages.getMessage(
                        "department.created", new Object[] {form.name().strip()}, locale));
        return "redirect:/admin/departments";
    }

    @GetMapping("/{id}")
    String edit(@AuthenticationPrincipal ZoneUser admin, @PathVariable UUID id, Model model) {
        Department department = load(admin, id);
        model.addAttribute("form", DepartmentForm.of(department));
        model.addAttribute("department", department);
        return "zone/department-edit";
    }

    @PostMapping("/{id}")
    String rename(
            @AuthenticationPrincipal ZoneUser admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") DepartmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        Department department = load(admin, id);
        model.addAttribute("department", department);
        if (form.version() == null) {
            result.reject("common.version.conflict");
        }
        if (result.hasErrors()) {
            return "zone/department-edit";
        }
        try {
            users.renameDepartment(
                    admin.zoneId(),
                    id,
                    form.version(),
                    form.name().strip(),
                    form.trimmedShortName(),
                    admin.getUsername());
        } catch (OptimisticLockingFailureException e) {
            result.reject("common.version.conflict");
            return "zone/department-edit";
        } catch (NameTakenException e) {
            result.rejectValue("name", "department.name.taken");
            return "zone/department-edit";
        }
        redirect.addFlashAttribute(
                "flash",
                messages.getMessage(
                        "department.renamed", new Object[] {form.name().strip()}, locale));
        return "redirect:/admin/departments";
    }

    private String listPage(ZoneUser admin, Model model) {
        model.addAttribute("departments", users.departments(admin.zoneId()));
        model.addAttribute("counts", users.userCountsByDepartment(admin.zoneId()));
        return "zone/departments";
    }

    private Department load(ZoneUser admin, UUID id) {
        return users.department(admin.zoneId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

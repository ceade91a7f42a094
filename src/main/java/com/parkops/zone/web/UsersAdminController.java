package com.parkops.zone.web;

import com.parkops.zone.NameTakenException;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import com.parkops.zone.Users.UserView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration (用户管理) of the administrator's own zone. */
@Controller
@RequestMapping("/admin/users")
class UsersAdminController {

    private final Users users;
    private final UserBinding binding;
    private final MessageSource messages;

    UsersAdminController(Users users, UserBinding binding, MessageSource messages) {
        this.users = users;
        this.binding = binding;
        this.messages = messages;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal ZoneUser admin,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) String q,
            Model model) {
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        var shown = users.list(admin.zoneId()).stream()
                .filter(user -> role == null || user.role() == role)
                .filter(user -> needle.isEmpty()
                        || user.username().toLowerCase(Locale.ROOT).contains(needle)
                        || user.displayName().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
        model.addAttribute("users", shown);
        model.addAttribute("role", role);
        model.addAttribute("q", q);
        model.addAttribute("roles", Role.values());
        model.addAttribute("departmentNames", binding.departmentNames(admin.zoneId()));
        model.addAttribute("enterprises", binding.enterprisesOf(admin.zoneId(), shown));
        return "zone/users";
    }

    @GetMapping("/new")
    String newUser(@AuthenticationPrincipal ZoneUser admin, Model model) {
        model.addAttribute("form", NewUserForm.empty());
        return newUserPage(admin, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal ZoneUser admin,
            @Valid @ModelAttribute("form") NewUserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        UUID enterpriseId =
                binding.check(admin.zoneId(), form.role(), form.departmentId(), form.enterpriseCode(), null, result);
        if (result.hasErrors()) {
            return newUserPage(admin, model);
        }
        try {
            users.create(
                    new Users.NewUser(
                            admin.zoneId(),
                            form.username().strip(),
                            form.displayName().strip(),
                            form.password(),
                            form.role(),
                            form.role() == Role.ENTERPRISE ? null : form.departmentId(),
                            enterpriseId),
                    admin.getUsername());
        } catch (NameTakenException e) {
            result.rejectValue("username", "user.username.taken");
            return newUserPage(admin, model);
        }
        redirect.addFlashAttribute(
                "flash", messages.getMessage("user.created", new Object[] {form.username()}, locale));
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}")
    String edit(@AuthenticationPrincipal ZoneUser admin, @PathVariable UUID id, Model model) {
        UserView user = load(admin, id);
        String code = binding.creditCodeOf(admin.zoneId(), user.enterpriseId());
        model.addAttribute("form", EditUserForm.of(user, code));
        model.addAttribute("passwordForm", PasswordResetForm.empty());
        return editPage(admin, user, model);
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal ZoneUser admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") EditUserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        UserView user = load(admin, id);
        UUID enterpriseId = binding.check(
                admin.zoneId(), form.role(), form.departmentId(), form.enterpriseCode(), user.enterpriseId(), result);
        if (user.id().equals(admin.id()) && (form.role() != Role.ADMIN || !form.enabled())) {
            result.reject("user.self.keepAdmin");
        }
        if (form.version() == null) {
            result.reject("common.version.conflict");
        }
        model.addAttribute("passwordForm", PasswordResetForm.empty());
        if (result.hasErrors()) {
            return editPage(admin, user, model);
        }
        var changes = new Users.UserChanges(
                form.displayName().strip(),
                form.role(),
                form.departmentId(),
                enterpriseId,
                blankToNull(form.email()),
                blankToNull(form.phone()),
                form.enabled());
        try {
            users.update(admin.zoneId(), id, form.version(), changes, admin.getUsername());
        } catch (OptimisticLockingFailureException e) {
            result.reject("common.version.conflict");
            return editPage(admin, user, model);
        }
        redirect.addFlashAttribute(
                "flash", messages.getMessage("user.updated", new Object[] {user.username()}, locale));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @AuthenticationPrincipal ZoneUser admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("passwordForm") PasswordResetForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        UserView user = load(admin, id);
        if (result.hasErrors()) {
            model.addAttribute(
                    "form", EditUserForm.of(user, binding.creditCodeOf(admin.zoneId(), user.enterpriseId())));
            return editPage(admin, user, model);
        }
        users.resetPassword(admin.zoneId(), id, form.password(), admin.getUsername());
        redirect.addFlashAttribute(
                "flash", messages.getMessage("user.passwordReset", new Object[] {user.username()}, locale));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(
            @AuthenticationPrincipal ZoneUser admin,
            @PathVariable UUID id,
            RedirectAttributes redirect,
            Locale locale) {
        UserView user = load(admin, id);
        users.unlock(admin.zoneId(), id, admin.getUsername());
        redirect.addFlashAttribute(
                "flash", messages.getMessage("user.unlocked", new Object[] {user.username()}, locale));
        return "redirect:/admin/users/" + id;
    }

    private String newUserPage(ZoneUser admin, Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("departments", users.departments(admin.zoneId()));
        return "zone/user-new";
    }

    private String editPage(ZoneUser admin, UserView user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        model.addAttribute("departments", users.departments(admin.zoneId()));
        return "zone/user-edit";
    }

    private UserView load(ZoneUser admin, UUID id) {
        return users.find(admin.zoneId(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package com.parkops.zone.web;

import com.parkops.zone.AccessTokens;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
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

/**
 * Every signed-in user's own account (个人中心): profile, password, and personal access tokens for
 * the API. A new token's secret travels to the next page as a flash attribute, so it is shown once.
 */
@Controller
@RequestMapping("/account")
class AccountController {

    private final Users users;
    private final AccessTokens tokens;
    private final UserBinding binding;
    private final AuditView audit;
    private final MessageSource messages;

    AccountController(Users users, AccessTokens tokens, UserBinding binding, AuditView audit, MessageSource messages) {
        this.users = users;
        this.tokens = tokens;
        this.binding = binding;
        this.audit = audit;
        this.messages = messages;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String account(@AuthenticationPrincipal ZoneUser user, Model model) {
        model.addAttribute("passwordForm", PasswordChangeForm.empty());
        model.addAttribute("tokenForm", TokenForm.empty());
        return page(user, model);
    }

    @PostMapping("/password")
    String changePassword(
            @AuthenticationPrincipal ZoneUser user,
            @Valid @ModelAttribute("passwordForm") PasswordChangeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        if (!result.hasFieldErrors("confirmPassword") && !form.confirmed()) {
            result.rejectValue("confirmPassword", "account.password.mismatch");
        }
        if (!result.hasErrors() && !users.changePassword(user, form.currentPassword(), form.newPassword())) {
            result.rejectValue("currentPassword", "account.password.wrongCurrent");
        }
        if (result.hasErrors()) {
            model.addAttribute("tokenForm", TokenForm.empty());
            return page(user, model);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("account.password.changed", null, locale));
        return "redirect:/account";
    }

    @PostMapping("/tokens")
    String issueToken(
            @AuthenticationPrincipal ZoneUser user,
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        if (result.hasErrors()) {
            model.addAttribute("passwordForm", PasswordChangeForm.empty());
            return page(user, model);
        }
        Instant expires = form.expiresOn() == null
                ? null
                : form.expiresOn()
                        .plusDays(1)
                        .atStartOfDay(audit.timeZone(user.zoneId()))
                        .toInstant();
        var issued = tokens.issue(user, form.name().strip(), expires);
        redirect.addFlashAttribute("newToken", issued);
        redirect.addFlashAttribute("flash", messages.getMessage("token.created", new Object[] {issued.name()}, locale));
        return "redirect:/account";
    }

    @PostMapping("/tokens/{tokenId}/revoke")
    String revokeToken(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID tokenId,
            RedirectAttributes redirect,
            Locale locale) {
        if (tokens.revoke(user, tokenId)) {
            redirect.addFlashAttribute("flash", messages.getMessage("token.revoked", null, locale));
        } else {
            redirect.addFlashAttribute("flashError", messages.getMessage("token.notFound", null, locale));
        }
        return "redirect:/account";
    }

    private String page(ZoneUser user, Model model) {
        var profile = users.find(user.zoneId(), user.id()).orElseThrow();
        var zone = audit.timeZone(user.zoneId());
        model.addAttribute("profile", profile);
        model.addAttribute(
                "department",
                profile.departmentId() == null
                        ? null
                        : binding.departmentNames(user.zoneId()).get(profile.departmentId()));
        model.addAttribute(
                "enterprise",
                binding.enterpriseOf(user.zoneId(), profile.enterpriseId()).orElse(null));
        model.addAttribute("tokens", tokens.list(user));
        model.addAttribute("timeZone", zone);
        return "zone/account";
    }
}

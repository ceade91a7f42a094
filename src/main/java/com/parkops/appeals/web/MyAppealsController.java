package com.parkops.appeals.web;

import com.parkops.appeals.AppealFilter;
import com.parkops.appeals.AppealIntake;
import com.parkops.appeals.AppealView;
import com.parkops.appeals.Appeals;
import com.parkops.appeals.Channel;
import com.parkops.appeals.Upload;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.web.Uploads;
import com.parkops.zone.ZoneUser;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The enterprise portal (我的诉求): its own appeals and raising a new one. */
@Controller
@RequestMapping("/appeals/my")
@PreAuthorize("hasRole('ENTERPRISE')")
class MyAppealsController implements AppealScreen {

    private static final int PAGE_SIZE = 30;

    private final Appeals appeals;
    private final AppealIntake intake;
    private final Choices choices;
    private final MessageSourceAccessor messages;

    MyAppealsController(Appeals appeals, AppealIntake intake, Choices choices, MessageSource messages) {
        this.appeals = appeals;
        this.intake = intake;
        this.choices = choices;
        this.messages = new MessageSourceAccessor(messages);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id", "channel", "dispatch", "creditCode", "enterpriseName");
    }

    @GetMapping
    String list(@AuthenticationPrincipal ZoneUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", appeals.search(user, AppealFilter.any(), page, PAGE_SIZE));
        model.addAttribute("pageUrl", "/appeals/my");
        return "appeals/my";
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal ZoneUser user, Model model) {
        model.addAttribute("form", AppealForm.empty(Channel.PORTAL, ""));
        choices.addTo(model, user);
        return "appeals/my-new";
    }

    @PostMapping("/new")
    String create(
            @AuthenticationPrincipal ZoneUser user,
            @ModelAttribute("form") AppealForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            AppealView created = intake.receive(user, form.toNewAppeal(null), Uploads.of(form.files(), Upload::new));
            redirect.addFlashAttribute("flash", messages.getMessage("appeals.flash.submitted", new Object[] {
                created.summary().caseNumber()
            }));
            return "redirect:/appeals/" + created.id();
        } catch (InvalidInputException refused) {
            FieldErrors.addTo(model, refused);
            choices.addTo(model, user);
            return "appeals/my-new";
        }
    }
}

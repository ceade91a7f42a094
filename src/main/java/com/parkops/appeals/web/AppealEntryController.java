package com.parkops.appeals.web;

import com.parkops.appeals.AppealIntake;
import com.parkops.appeals.AppealView;
import com.parkops.appeals.Appeals;
import com.parkops.appeals.Channel;
import com.parkops.appeals.Upload;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.web.Uploads;
import com.parkops.zone.ZoneUser;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff entry of an appeal from the hotline, a 12345 transfer or a meeting (登记诉求), with the
 * possible duplicates suggested as the title and enterprise are typed (htmx); and the same
 * suggestions for the enterprise portal's form.
 */
@Controller
class AppealEntryController implements AppealScreen {

    private final AppealIntake intake;
    private final Appeals appeals;
    private final Choices choices;
    private final MessageSourceAccessor messages;

    AppealEntryController(AppealIntake intake, Appeals appeals, Choices choices, MessageSource messages) {
        this.intake = intake;
        this.appeals = appeals;
        this.choices = choices;
        this.messages = new MessageSourceAccessor(messages);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/appeals/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String form(@AuthenticationPrincipal ZoneUser user, Model model) {
        model.addAttribute("form", AppealForm.empty(Channel.HOTLINE, choices.serviceCentre(user) ? "default" : ""));
        return page(user, model);
    }

    @PostMapping("/appeals/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String create(
            @AuthenticationPrincipal ZoneUser user,
            @ModelAttribute("form") AppealForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            AppealView created = intake.receive(user, form.toNewAppeal(null), Uploads.of(form.files(), Upload::new));
            redirect.addFlashAttribute("flash", messages.getMessage("appeals.flash.created", new Object[] {
                created.summary().caseNumber()
            }));
            return "redirect:/appeals/" + created.id();
        } catch (InvalidInputException refused) {
            FieldErrors.addTo(model, refused);
            return page(user, model);
        }
    }

    /** The possible duplicates of what is being typed, as a fragment for htmx. */
    @GetMapping("/appeals/duplicates")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF', 'ENTERPRISE')")
    String duplicates(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(required = false) String creditCode,
            @RequestParam(required = false) String enterpriseName,
            @RequestParam(required = false) UUID categoryId,
            @RequestParam(required = false) String title,
            Model model) {
        model.addAttribute("duplicates", appeals.duplicates(user, creditCode, enterpriseName, categoryId, title, null));
        return "appeals/fragments :: duplicates";
    }

    private String page(ZoneUser user, Model model) {
        choices.addTo(model, user);
        return "appeals/new";
    }
}

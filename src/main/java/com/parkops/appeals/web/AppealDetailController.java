package com.parkops.appeals.web;

import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealFilter;
import com.parkops.appeals.AppealIntake;
import com.parkops.appeals.AppealMeetings;
import com.parkops.appeals.AppealRules;
import com.parkops.appeals.AppealSummary;
import com.parkops.appeals.AppealView;
import com.parkops.appeals.AppealWorkflow;
import com.parkops.appeals.Appeals;
import com.parkops.appeals.Channel;
import com.parkops.appeals.Open311Requests;
import com.parkops.appeals.Upload;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.NotFoundException;
import com.parkops.shared.web.Downloads;
import com.parkops.shared.web.Uploads;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
 * One case: its facts, countdown, pending requests, the actions this user may take in this state
 * (each a small form, post-redirect-get with a message), its files and its timeline.
 */
@Controller
@RequestMapping("/appeals/{id}")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF', 'ENTERPRISE')")
class AppealDetailController implements AppealScreen {

    private final Appeals appeals;
    private final AppealWorkflow workflow;
    private final AppealIntake intake;
    private final AppealRules rules;
    private final AppealMeetings meetings;
    private final Open311Requests open311;
    private final Choices choices;
    private final MessageSourceAccessor messages;

    AppealDetailController(
            Appeals appeals,
            AppealWorkflow workflow,
            AppealIntake intake,
            AppealRules rules,
            AppealMeetings meetings,
            Open311Requests open311,
            Choices choices,
            MessageSource messages) {
        this.appeals = appeals;
        this.workflow = workflow;
        this.intake = intake;
        this.rules = rules;
        this.meetings = meetings;
        this.open311 = open311;
        this.choices = choices;
        this.messages = new MessageSourceAccessor(messages);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String detail(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, Model model) {
        AppealView appeal = appeals.find(user, id).orElseThrow(() -> new NotFoundException("appeal " + id));
        model.addAttribute("appeal", appeal);
        model.addAttribute("enterpriseUser", user.is(Role.ENTERPRISE));
        model.addAttribute("extensionLeft", rules.settings(user.zoneId()).maxExtensionDays() - appeal.extensionDays());
        if (appeal.meetingId() != null) {
            model.addAttribute(
                    "meeting", meetings.find(user.zoneId(), appeal.meetingId()).orElse(null));
        }
        if (appeal.allowedActions().contains(AppealAction.MERGE)) {
            AppealSummary s = appeal.summary();
            model.addAttribute(
                    "duplicates",
                    appeals.duplicates(
                            user, null, s.enterpriseName(), s.category().id(), s.title(), id));
        }
        if (appeal.summary().channel() == Channel.OPEN311 && !user.is(Role.ENTERPRISE)) {
            model.addAttribute("open311", open311.source(user.zoneId(), id).orElse(null));
        }
        choices.addTo(model, user);
        return "appeals/detail";
    }

    @PostMapping("/actions/{action}")
    String act(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @PathVariable String action,
            @ModelAttribute ActionForm form,
            RedirectAttributes redirect) {
        AppealAction step = Actions.byPath(action).orElseThrow(() -> new NotFoundException("action " + action));
        try {
            workflow.act(user, id, step, form.toRequest(master(user, form)));
            redirect.addFlashAttribute("flash", messages.getMessage("appeals.flash.done." + step.name()));
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute(
                    "flashError",
                    refused.getMessage() + " "
                            + refused.errors().stream().map(InputError::message).collect(Collectors.joining(" ")));
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        } catch (OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("flashError", messages.getMessage("appeals.error.stale"));
        }
        return "redirect:/appeals/" + id;
    }

    @PostMapping("/attachments")
    String attach(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        try {
            int added = intake.attach(user, id, Uploads.of(files, Upload::new)).size();
            redirect.addFlashAttribute("flash", messages.getMessage("appeals.flash.attached", new Object[] {added}));
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute(
                    "flashError",
                    refused.errors().stream().map(InputError::message).collect(Collectors.joining(" ")));
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/appeals/" + id + "#attachments";
    }

    @GetMapping("/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @PathVariable UUID attachmentId) {
        return appeals.attachment(user, id, attachmentId)
                .map(file -> Downloads.of(file.info().fileName(), file.info().contentType(), file.content()))
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
    }

    /** The master of a merge: picked from the suggestions (id) or typed as a case number. */
    private UUID master(ZoneUser user, ActionForm form) {
        if (form.masterId() != null
                || form.masterCase() == null
                || form.masterCase().isBlank()) {
            return form.masterId();
        }
        String number = form.masterCase().strip();
        return appeals
                .search(user, new AppealFilter(null, null, null, null, null, null, null, null, null, number), 0, 5)
                .items()
                .stream()
                .filter(s -> s.caseNumber().equalsIgnoreCase(number))
                .map(AppealSummary::id)
                .findFirst()
                .orElse(null);
    }
}

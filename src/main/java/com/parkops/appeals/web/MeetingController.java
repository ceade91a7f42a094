package com.parkops.appeals.web;

import com.parkops.appeals.AppealFilter;
import com.parkops.appeals.AppealIntake;
import com.parkops.appeals.AppealMeetings;
import com.parkops.appeals.AppealView;
import com.parkops.appeals.Appeals;
import com.parkops.appeals.Meeting;
import com.parkops.appeals.Upload;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.NotFoundException;
import com.parkops.shared.web.Uploads;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Meeting records (政企圆桌会议, 剑邑商谈, 入企听诉, 领导走访): the list, a new record, and one
 * meeting with its participants, minutes and the appeals it yielded, with a form to add each.
 */
@Controller
@RequestMapping("/appeals/meetings")
class MeetingController implements AppealScreen {

    private final AppealMeetings meetings;
    private final AppealIntake intake;
    private final Appeals appeals;
    private final Choices choices;
    private final Zones zones;
    private final MessageSourceAccessor messages;

    MeetingController(
            AppealMeetings meetings,
            AppealIntake intake,
            Appeals appeals,
            Choices choices,
            Zones zones,
            MessageSource messages) {
        this.meetings = meetings;
        this.intake = intake;
        this.appeals = appeals;
        this.choices = choices;
        this.zones = zones;
        this.messages = new MessageSourceAccessor(messages);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    String list(@AuthenticationPrincipal ZoneUser user, Model model) {
        model.addAttribute("meetings", meetings.list(user.zoneId()));
        return "appeals/meetings";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String form(@AuthenticationPrincipal ZoneUser user, Model model) {
        model.addAttribute("form", MeetingForm.empty(zones.today(user.zoneId())));
        model.addAttribute("kinds", Choices.MEETING_KINDS);
        return "appeals/meeting-new";
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String create(
            @AuthenticationPrincipal ZoneUser user,
            @ModelAttribute("form") MeetingForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            Meeting meeting = meetings.record(user, form.toNewMeeting());
            redirect.addFlashAttribute("flash", messages.getMessage("appeals.flash.meetingCreated"));
            return "redirect:/appeals/meetings/" + meeting.id();
        } catch (InvalidInputException refused) {
            FieldErrors.addTo(model, refused);
            model.addAttribute("kinds", Choices.MEETING_KINDS);
            return "appeals/meeting-new";
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    String meeting(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, Model model) {
        Meeting meeting = meetings.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("meeting " + id));
        model.addAttribute("form", AppealForm.empty(meeting.kind(), choices.serviceCentre(user) ? "default" : ""));
        return page(user, meeting, model);
    }

    @PostMapping("/{id}/appeals")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String addAppeal(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") AppealForm form,
            Model model,
            RedirectAttributes redirect) {
        Meeting meeting = meetings.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("meeting " + id));
        try {
            AppealView created = intake.receive(user, form.toNewAppeal(id), Uploads.of(form.files(), Upload::new));
            redirect.addFlashAttribute("flash", messages.getMessage("appeals.flash.created", new Object[] {
                created.summary().caseNumber()
            }));
            return "redirect:/appeals/meetings/" + id;
        } catch (InvalidInputException refused) {
            FieldErrors.addTo(model, refused);
            return page(user, meeting, model);
        }
    }

    private String page(ZoneUser user, Meeting meeting, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute(
                "appeals",
                appeals.search(user, AppealFilter.ofMeeting(meeting.id()), 0, 200)
                        .items());
        choices.addTo(model, user);
        return "appeals/meeting";
    }
}

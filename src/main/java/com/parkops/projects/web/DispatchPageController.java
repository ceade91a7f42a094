package com.parkops.projects.web;

import com.parkops.investment.InvestmentProjects;
import com.parkops.investment.Stage;
import com.parkops.projects.DispatchMeeting;
import com.parkops.projects.DispatchMeetings;
import com.parkops.projects.OrderFilter;
import com.parkops.projects.OrderState;
import com.parkops.projects.SupervisionOrder;
import com.parkops.projects.SupervisionOrders;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Dispatch meetings with their problems, and supervision orders: list with filters, one order with its steps. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
class DispatchPageController implements ProjectsScreen {

    private final DispatchMeetings meetings;
    private final SupervisionOrders orders;
    private final InvestmentProjects projects;
    private final Zones zones;
    private final Outcomes outcomes;

    DispatchPageController(
            DispatchMeetings meetings,
            SupervisionOrders orders,
            InvestmentProjects projects,
            Zones zones,
            Outcomes outcomes) {
        this.meetings = meetings;
        this.orders = orders;
        this.projects = projects;
        this.zones = zones;
        this.outcomes = outcomes;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/projects/meetings")
    String meetings(@AuthenticationPrincipal ZoneUser user, Model model) {
        model.addAttribute("meetings", meetings.list(user.zoneId()));
        model.addAttribute("today", zones.today(user.zoneId()));
        return "projects/meetings";
    }

    @PostMapping("/projects/meetings")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String record(
            @AuthenticationPrincipal ZoneUser user,
            @ModelAttribute DispatchForms.MeetingForm form,
            RedirectAttributes redirect) {
        return outcomes.run(redirect, "projects.flash.meetingSaved", "/projects/meetings", () -> {
            DispatchMeeting meeting = meetings.record(user, form.toMeeting());
            return "/projects/meetings/" + meeting.id();
        });
    }

    @GetMapping("/projects/meetings/{id}")
    String meeting(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, Model model) {
        model.addAttribute(
                "meeting", meetings.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("meeting " + id)));
        model.addAttribute("projects", projects.reached(user.zoneId(), Stage.SIGNED));
        return "projects/meeting";
    }

    @PostMapping("/projects/meetings/{id}/problems")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String raise(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @ModelAttribute DispatchForms.ProblemForm form,
            RedirectAttributes redirect) {
        return outcomes.run(redirect, "projects.flash.problemSaved", "/projects/meetings/" + id, () -> {
            meetings.raise(user, id, form.toProblem());
            return null;
        });
    }

    @PostMapping("/projects/problems/{problemId}/order")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String issue(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID problemId,
            @RequestParam UUID meetingId,
            @ModelAttribute DispatchForms.OrderForm form,
            RedirectAttributes redirect) {
        return outcomes.run(redirect, "projects.flash.orderIssued", "/projects/meetings/" + meetingId, () -> {
            SupervisionOrder order = orders.issue(user, problemId, form.toAction());
            return "/projects/orders/" + order.id();
        });
    }

    @GetMapping("/projects/orders")
    String orders(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(required = false) UUID department,
            @RequestParam(required = false) OrderState state,
            @RequestParam(required = false) Boolean overdue,
            Model model) {
        model.addAttribute("orders", orders.list(user.zoneId(), new OrderFilter(department, state, overdue)));
        model.addAttribute("states", OrderState.values());
        model.addAttribute("department", department);
        model.addAttribute("state", state);
        model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
        return "projects/orders";
    }

    @GetMapping("/projects/orders/{id}")
    String order(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, Model model) {
        SupervisionOrder order = orders.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("order " + id));
        model.addAttribute("order", order);
        model.addAttribute(
                "canReply",
                order.state() == OrderState.ISSUED
                        && user.is(com.parkops.zone.Role.STAFF)
                        && order.departmentId().equals(user.departmentId().orElse(null)));
        boolean issuer = user.is(com.parkops.zone.Role.ADMIN)
                || (user.is(com.parkops.zone.Role.STAFF)
                        && order.issuerDepartmentId() != null
                        && order.issuerDepartmentId().equals(user.departmentId().orElse(null)));
        model.addAttribute("canDecide", order.state() == OrderState.REPLIED && issuer);
        return "projects/order";
    }

    @PostMapping("/projects/orders/{id}/{step:reply|close|send-back}")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String step(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @PathVariable String step,
            @ModelAttribute DispatchForms.OrderForm form,
            RedirectAttributes redirect) {
        String back = "/projects/orders/" + id;
        return outcomes.run(redirect, "projects.flash.order." + step, back, () -> {
            switch (step) {
                case "reply" -> orders.reply(user, id, form.toAction());
                case "close" -> orders.close(user, id, form.toAction());
                default -> orders.sendBack(user, id, form.toAction());
            }
            return null;
        });
    }
}

package com.parkops.projects.web;

import com.parkops.projects.DispatchMeeting;
import com.parkops.projects.DispatchMeetings;
import com.parkops.projects.MeetingProblem;
import com.parkops.projects.NewMeeting;
import com.parkops.projects.NewProblem;
import com.parkops.projects.OrderAction;
import com.parkops.projects.OrderFilter;
import com.parkops.projects.OrderState;
import com.parkops.projects.SupervisionOrder;
import com.parkops.projects.SupervisionOrders;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dispatch meetings and supervision orders: {@code /meetings}, {@code /meetings/{id}/problems},
 * {@code /problems/{id}/order} (issue), {@code /orders} with filters, and the order steps {@code
 * reply}, {@code close}, {@code send-back}. Illegal moves answer 409; the wrong department 403.
 */
@RestController
@RequestMapping("/api/v1/projects")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
class DispatchApiController {

    private final DispatchMeetings meetings;
    private final SupervisionOrders orders;

    DispatchApiController(DispatchMeetings meetings, SupervisionOrders orders) {
        this.meetings = meetings;
        this.orders = orders;
    }

    @GetMapping("/meetings")
    List<DispatchMeeting> meetings(@AuthenticationPrincipal ZoneUser user) {
        return meetings.list(user.zoneId());
    }

    @GetMapping("/meetings/{id}")
    DispatchMeeting meeting(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        return meetings.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("meeting " + id));
    }

    @PostMapping("/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    DispatchMeeting record(@AuthenticationPrincipal ZoneUser user, @RequestBody NewMeeting body) {
        return meetings.record(user, body);
    }

    @PostMapping("/meetings/{id}/problems")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    MeetingProblem raise(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @RequestBody NewProblem body) {
        return meetings.raise(user, id, body);
    }

    @PostMapping("/problems/{problemId}/order")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    SupervisionOrder issue(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID problemId, @RequestBody OrderAction body) {
        return orders.issue(user, problemId, body);
    }

    @GetMapping("/orders")
    List<SupervisionOrder> orders(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(required = false) UUID department,
            @RequestParam(required = false) OrderState state,
            @RequestParam(required = false) Boolean overdue) {
        return orders.list(user.zoneId(), new OrderFilter(department, state, overdue));
    }

    @GetMapping("/orders/{id}")
    SupervisionOrder order(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        return orders.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("order " + id));
    }

    @PostMapping("/orders/{id}/reply")
    @PreAuthorize("hasRole('STAFF')")
    SupervisionOrder reply(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @RequestBody OrderAction body) {
        return orders.reply(user, id, body);
    }

    @PostMapping("/orders/{id}/close")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    SupervisionOrder close(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @RequestBody OrderAction body) {
        return orders.close(user, id, body);
    }

    @PostMapping("/orders/{id}/send-back")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    SupervisionOrder sendBack(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @RequestBody OrderAction body) {
        return orders.sendBack(user, id, body);
    }
}

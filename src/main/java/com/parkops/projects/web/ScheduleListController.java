package com.parkops.projects.web;

import com.parkops.projects.NodeStatus;
import com.parkops.projects.ScheduleFilter;
import com.parkops.projects.Schedules;
import com.parkops.zone.ZoneUser;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed projects with their status colour, next node and responsibility, filtered by status and department. */
@Controller
class ScheduleListController implements ProjectsScreen {

    private final Schedules schedules;

    ScheduleListController(Schedules schedules) {
        this.schedules = schedules;
    }

    @GetMapping("/projects")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    String list(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(required = false) NodeStatus status,
            @RequestParam(required = false) UUID department,
            Model model) {
        model.addAttribute("rows", schedules.list(user.zoneId(), new ScheduleFilter(status, department)));
        model.addAttribute(
                "statuses", new NodeStatus[] {NodeStatus.RED, NodeStatus.YELLOW, NodeStatus.GREEN, NodeStatus.DONE});
        model.addAttribute("status", status);
        model.addAttribute("department", department);
        return "projects/list";
    }
}

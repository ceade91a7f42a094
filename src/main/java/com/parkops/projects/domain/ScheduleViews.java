package com.parkops.projects.domain;

import com.parkops.investment.ProjectInfo;
import com.parkops.projects.NodeStatus;
import com.parkops.projects.ProjectSettingsService;
import com.parkops.projects.Schedule;
import com.parkops.projects.ScheduleNode;
import com.parkops.projects.ScheduleRow;
import com.parkops.zone.Zones;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Stored schedules as the zone sees them today: statuses from its warning days. */
@Component
class ScheduleViews {

    private final Zones zones;
    private final ProjectSettingsService settings;
    private final Clock clock;

    ScheduleViews(Zones zones, ProjectSettingsService settings, Clock clock) {
        this.zones = zones;
        this.settings = settings;
        this.clock = clock;
    }

    /** The zone's today, on the application clock. */
    LocalDate today(UUID zoneId) {
        return clock.instant().atZone(zones.timeZone(zoneId)).toLocalDate();
    }

    Schedule schedule(UUID zoneId, ProjectInfo project, StoredSchedule head, List<StoredNode> stored) {
        LocalDate today = today(zoneId);
        int warn = settings.get(zoneId).warnDays();
        List<ScheduleNode> nodes =
                stored.stream().map(n -> node(n, today, warn)).toList();
        return new Schedule(
                project,
                head.templateName(),
                head.plan(),
                head.leaderName(),
                head.leaderUserId(),
                head.leadDepartmentId(),
                head.version(),
                nodes,
                StatusRules.project(nodes.stream().map(ScheduleNode::status).toList()));
    }

    ScheduleNode node(StoredNode n, LocalDate today, int warnDays) {
        return new ScheduleNode(
                n.id(),
                n.position(),
                n.phase(),
                n.name(),
                n.departmentId(),
                n.unit(),
                n.base(),
                n.offsetDays(),
                n.plannedOn(),
                n.plannedManual(),
                n.planReason(),
                n.actualOn(),
                n.note(),
                n.completedBy(),
                n.evidenceCount(),
                n.version(),
                StatusRules.node(n.plannedOn(), n.actualOn(), today, warnDays),
                StatusRules.daysLate(n.plannedOn(), n.actualOn(), today));
    }

    ScheduleRow row(ProjectInfo project, Schedule schedule) {
        if (schedule == null) {
            return new ScheduleRow(
                    project.id(),
                    project.code(),
                    project.name(),
                    project.stage().name(),
                    false,
                    null,
                    null,
                    null,
                    0,
                    0,
                    null,
                    null);
        }
        ScheduleNode next = schedule.nodes().stream()
                .filter(n -> n.actualOn() == null)
                .min((a, b) -> a.plannedOn().compareTo(b.plannedOn()))
                .orElse(null);
        int done =
                (int) schedule.nodes().stream().filter(n -> !n.status().open()).count();
        NodeStatus status = schedule.status();
        return new ScheduleRow(
                project.id(),
                project.code(),
                project.name(),
                project.stage().name(),
                true,
                status,
                next == null ? null : next.name(),
                next == null ? null : next.plannedOn(),
                schedule.nodes().size(),
                done,
                schedule.leaderName(),
                schedule.leadDepartmentId());
    }
}

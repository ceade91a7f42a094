package com.parkops.demo;

import com.parkops.investment.InvestmentProjects;
import com.parkops.investment.ProjectInfo;
import com.parkops.investment.Stage;
import com.parkops.projects.NodeTemplates;
import com.parkops.projects.NodeUpdate;
import com.parkops.projects.Phase;
import com.parkops.projects.Responsibility;
import com.parkops.projects.Schedule;
import com.parkops.projects.ScheduleFilter;
import com.parkops.projects.ScheduleNode;
import com.parkops.projects.ScheduleRow;
import com.parkops.projects.Schedules;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo zone's project advancement, after {@link DemoInvestment}: the default node template
 * applied to every live signed project, its nodes done as far as the project's stage shows (some
 * done late), a few left overdue (red) and one brought forward to the coming days (yellow), each
 * project with its responsible leader and the major-projects office as lead department; then a
 * dispatch meeting, land quotas and a 百日攻坚 campaign ({@link DemoProjectWork}). Only through the
 * projects module's public API.
 */
@Component
@Order(13)
class DemoProjects implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);
    static final String PROJECT_OFFICE = "项目办";
    private static final String[] LEADERS = {"王主任", "刘副主任", "陈副主任"};

    private final boolean enabled;
    private final Zones zones;
    private final Users users;
    private final UserDetailsService accounts;
    private final InvestmentProjects projects;
    private final NodeTemplates templates;
    private final Schedules schedules;
    private final DemoProjectWork work;

    DemoProjects(
            @Value("${parkops.demo:false}") boolean enabled,
            Zones zones,
            Users users,
            UserDetailsService accounts,
            InvestmentProjects projects,
            NodeTemplates templates,
            Schedules schedules,
            DemoProjectWork work) {
        this.enabled = enabled;
        this.zones = zones;
        this.users = users;
        this.accounts = accounts;
        this.projects = projects;
        this.templates = templates;
        this.schedules = schedules;
        this.work = work;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!DemoZoneLoader.requested(enabled, args)
                || users.findByUsername("staff").isEmpty()) {
            return;
        }
        UUID zoneId = zones.all().get(0).id();
        if (schedules.list(zoneId, ScheduleFilter.any()).stream().anyMatch(ScheduleRow::scheduled)) {
            return;
        }
        ZoneUser staff = (ZoneUser) accounts.loadUserByUsername("staff");
        ZoneUser admin = (ZoneUser) accounts.loadUserByUsername("admin");
        templates.list(zoneId, staff.getUsername());
        LocalDate today = zones.today(zoneId);
        UUID office = users.departments(zoneId).stream()
                .filter(d -> PROJECT_OFFICE.equals(d.shortName()))
                .map(Users.Department::id)
                .findFirst()
                .orElse(null);
        UUID leader = users.list(zoneId).stream()
                .filter(u -> u.role() == Role.LEADER)
                .map(Users.UserView::id)
                .findFirst()
                .orElse(null);
        List<ProjectInfo> signed = projects.reached(zoneId, Stage.SIGNED).stream()
                .filter(p -> p.closedAs() == null)
                .toList();
        int scheduled = 0;
        for (int i = 0; i < signed.size(); i++) {
            Optional<Schedule> schedule =
                    schedules.applyDefault(zoneId, signed.get(i).id(), staff.getUsername());
            if (schedule.isPresent()) {
                progress(staff, schedule.get(), i, today);
                assign(staff, signed.get(i).id(), i, i == 0 ? leader : null, office);
                scheduled++;
            }
        }
        work.load(zoneId, staff, admin, signed, today);
        log.info("Demo projects loaded: {} schedules, a dispatch meeting, land quotas and a campaign", scheduled);
    }

    /**
     * Completes the nodes due by today in the phases the project's stage has reached, and every
     * node of the phases its stage has left behind; every third project keeps its latest due node
     * open (red), every fourth gets its next open node brought forward to four days from now
     * (yellow).
     */
    private void progress(ZoneUser staff, Schedule schedule, int index, LocalDate today) {
        Stage stage = schedule.project().stage();
        List<ScheduleNode> due = schedule.nodes().stream()
                .filter(n -> finished(n.phase(), stage) || (!n.plannedOn().isAfter(today) && reached(n.phase(), stage)))
                .toList();
        int keepOpen = index % 3 == 1 && !due.isEmpty() ? due.size() - 1 : -1;
        for (int k = 0; k < due.size(); k++) {
            if (k == keepOpen) {
                continue;
            }
            ScheduleNode node = due.get(k);
            LocalDate actual = k % 4 == 2 ? node.plannedOn().plusDays(6) : node.plannedOn();
            if (actual.isAfter(today)) {
                actual = today;
            }
            schedules.complete(
                    staff,
                    schedule.project().id(),
                    node.id(),
                    new NodeUpdate(actual, k % 4 == 2 ? "材料补正后办结" : null, null, null, node.version()));
        }
        if (index % 4 == 2) {
            schedules.find(staff.zoneId(), schedule.project().id()).orElseThrow().nodes().stream()
                    .filter(n -> n.actualOn() == null && n.plannedOn().isAfter(today))
                    .findFirst()
                    .ifPresent(next -> schedules.movePlan(
                            staff,
                            schedule.project().id(),
                            next.id(),
                            new NodeUpdate(null, null, today.plusDays(4), "调度会要求提前完成", next.version())));
        }
    }

    /** Whether the project's pipeline stage shows the work of this phase can be done. */
    private static boolean reached(Phase phase, Stage stage) {
        return switch (phase) {
            case PREPARATION -> true;
            case START, CONSTRUCTION -> stage.reached(Stage.STARTED);
            case COMPLETION -> stage.reached(Stage.COMPLETED);
            case PRODUCTION -> stage.reached(Stage.IN_PRODUCTION);
        };
    }

    /** Whether the project's pipeline stage shows this phase is behind it. */
    private static boolean finished(Phase phase, Stage stage) {
        return switch (phase) {
            case PREPARATION -> stage.reached(Stage.STARTED);
            case START, CONSTRUCTION -> stage.reached(Stage.COMPLETED);
            case COMPLETION, PRODUCTION -> stage.reached(Stage.IN_PRODUCTION);
        };
    }

    private void assign(ZoneUser staff, UUID projectId, int index, UUID leaderUser, UUID office) {
        Schedule current = schedules.find(staff.zoneId(), projectId).orElseThrow();
        schedules.assign(
                staff,
                projectId,
                new Responsibility(LEADERS[index % LEADERS.length], leaderUser, office, current.version()));
    }
}

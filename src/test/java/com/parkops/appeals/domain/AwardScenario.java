package com.parkops.appeals.domain;

import com.parkops.appeals.ActionRequest;
import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealAwards;
import com.parkops.appeals.AppealCategories;
import com.parkops.appeals.AppealIntake;
import com.parkops.appeals.AppealType;
import com.parkops.appeals.AppealWorkflow;
import com.parkops.appeals.AwardCandidate;
import com.parkops.appeals.AwardCandidates;
import com.parkops.appeals.AwardKind;
import com.parkops.appeals.AwardRule;
import com.parkops.appeals.AwardRuleHit;
import com.parkops.appeals.Channel;
import com.parkops.appeals.NewAppeal;
import com.parkops.support.TestClock;
import com.parkops.support.TestZones;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A zone for award scenarios driven through the public workflow at chosen instants (zone time,
 * Asia/Shanghai, working day ends 18:00): a service centre and three departments A (the test
 * zone's 经发局), B and C, each with one staff user. July 2026 has no holidays; 2026-07-06 is a
 * Monday. Appeals are 求助 (HELP): acknowledge within 1 working day, reply within 3.
 */
final class AwardScenario {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final TestZones.TestZone zone;
    final UUID a;
    final UUID b;
    final UUID c;
    final ZoneUser centre;
    final ZoneUser staffA;
    final ZoneUser staffB;
    final ZoneUser staffC;
    final String centreName;
    final String staffBName;
    private final UUID category;
    private final AppealIntake intake;
    private final AppealWorkflow workflow;
    private final AppealAwards awards;
    private final TestClock clock;
    private final java.util.Map<UUID, String> caseNumbers = new java.util.HashMap<>();
    private int counter;

    AwardScenario(
            TestZones zones,
            Users users,
            UserDetailsService details,
            AppealCategories categories,
            AppealIntake intake,
            AppealWorkflow workflow,
            AppealAwards awards,
            TestClock clock) {
        this.zone = zones.create();
        this.intake = intake;
        this.workflow = workflow;
        this.awards = awards;
        this.clock = clock;
        UUID centreDepartment =
                users.createDepartment(zone.id(), "企业服务中心", "服务中心", "test").id();
        this.a = zone.departmentId();
        this.b = users.createDepartment(zone.id(), "自然资源和规划分局", "自规", "test").id();
        this.c = users.createDepartment(zone.id(), "市场监督管理局", "市监", "test").id();
        this.centreName = staff(users, "centre", centreDepartment);
        this.staffBName = staff(users, "b", b);
        this.centre = (ZoneUser) details.loadUserByUsername(centreName);
        this.staffA = (ZoneUser) details.loadUserByUsername(zone.staff());
        this.staffB = (ZoneUser) details.loadUserByUsername(staffBName);
        this.staffC = (ZoneUser) details.loadUserByUsername(staff(users, "c", c));
        this.category = categories.list(zone.id()).get(0).id();
    }

    private String staff(Users users, String name, UUID department) {
        String username = name + "-" + zone.suffix();
        users.create(
                new Users.NewUser(zone.id(), username, username, TestZones.PASSWORD, Role.STAFF, department, null),
                "test");
        return username;
    }

    /** 2026-07-{day} at {hour}:{minute}, zone time. */
    static Instant july(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 7, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    /** A 求助 received by the service centre and dispatched at once to the department, at {@code at}. */
    UUID dispatched(UUID department, Instant at) {
        clock.set(at);
        counter++;
        var view = intake.receive(
                centre,
                new NewAppeal(
                        AppealType.HELP,
                        Channel.HOTLINE,
                        category,
                        null,
                        "奖项测试 " + counter,
                        "内容",
                        null,
                        "某企业",
                        null,
                        null,
                        null,
                        department,
                        null,
                        null,
                        null,
                        null),
                List.of());
        caseNumbers.put(view.id(), view.summary().caseNumber());
        return view.id();
    }

    void act(ZoneUser user, UUID id, AppealAction action, Instant at) {
        act(user, id, action, at, null, null);
    }

    void act(ZoneUser user, UUID id, AppealAction action, Instant at, String text, UUID department) {
        clock.set(at);
        workflow.act(
                user,
                id,
                action,
                new ActionRequest(
                        department,
                        text,
                        null,
                        action == AppealAction.REPLY ? true : null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    /** Acknowledge, start and reply at the given instants. */
    void handle(ZoneUser user, UUID id, Instant acknowledged, Instant replied) {
        act(user, id, AppealAction.ACKNOWLEDGE, acknowledged);
        act(user, id, AppealAction.START, replied);
        act(user, id, AppealAction.REPLY, replied, "已办理", null);
    }

    String caseNumber(UUID id) {
        return caseNumbers.get(id);
    }

    AwardCandidates candidates(Instant now) {
        clock.set(now);
        return awards.candidates(zone.id(), 2026, 3);
    }

    static Optional<AwardRuleHit> hit(AwardCandidates found, AwardKind award, UUID department, AwardRule rule) {
        return found.of(award).stream()
                .filter(cand -> cand.departmentId().equals(department))
                .map(AwardCandidate::hits)
                .flatMap(List::stream)
                .filter(h -> h.rule() == rule)
                .findFirst();
    }
}

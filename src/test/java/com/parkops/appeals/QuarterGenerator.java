package com.parkops.appeals;

import com.parkops.appeals.GeneratedQuarter.Scenario;
import com.parkops.appeals.GeneratedQuarter.Step;
import com.parkops.appeals.domain.ReminderRuns;
import com.parkops.shared.WorkdayCalendar;
import com.parkops.support.TestClock;
import com.parkops.support.TestZones;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import com.parkops.zone.WorkCalendars;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Makes a quarter of appeals in a fresh zone through the real services: a service centre and four
 * handling departments with one staff member each; {@code count} appeals received over the
 * quarter's working days, each walked through the workflow by {@link ScenarioPlanner} (seeded, so
 * the same seed gives the same quarter); all steps of all cases replayed in time order with the
 * test clock pinned at each step's instant, and the reminder job run at 08:00 of every working day.
 */
public final class QuarterGenerator {

    private static final String[] DEPARTMENTS = {"自然资源和规划分局", "人力资源和社会保障局", "生态环境分局"};

    private final ApplicationContext context;

    /** The standard quarter made once per application context, for every test class that reads it. */
    private static final Map<ApplicationContext, GeneratedQuarter> SHARED = new IdentityHashMap<>();

    public QuarterGenerator(ApplicationContext context) {
        this.context = context;
    }

    /**
     * 2026 Q3 with 300 appeals (seed 20260701), generated on first use in this context and shared by
     * the test classes that check it (generating takes a while); they must not change its cases.
     */
    public static synchronized GeneratedQuarter shared(ApplicationContext context) {
        return SHARED.computeIfAbsent(
                context,
                c -> new QuarterGenerator(c)
                        .generate(20260701L, 300, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
    }

    public GeneratedQuarter generate(long seed, int count, LocalDate from, LocalDate to) {
        TestZones zones = context.getBean(TestZones.class);
        Users users = context.getBean(Users.class);
        UserDetailsService logins = context.getBean(UserDetailsService.class);
        TestZones.TestZone zone = zones.create();
        UUID centre =
                users.createDepartment(zone.id(), "企业服务中心", "服务中心", "test").id();
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, ZoneUser> staff = new LinkedHashMap<>();
        names.put(
                zone.departmentId(),
                users.department(zone.id(), zone.departmentId()).orElseThrow().name());
        staff.put(zone.departmentId(), (ZoneUser) logins.loadUserByUsername(zone.staff()));
        for (String name : DEPARTMENTS) {
            UUID id = users.createDepartment(zone.id(), name + " " + zone.suffix(), name, "test")
                    .id();
            String username = "q-" + id.toString().substring(0, 8);
            users.create(
                    new Users.NewUser(zone.id(), username, username, TestZones.PASSWORD, Role.STAFF, id, null), "test");
            names.put(id, name + " " + zone.suffix());
            staff.put(id, (ZoneUser) logins.loadUserByUsername(username));
        }
        String centreName = "centre-" + zone.suffix();
        users.create(
                new Users.NewUser(zone.id(), centreName, centreName, TestZones.PASSWORD, Role.STAFF, centre, null),
                "test");
        ZoneUser centreStaff = (ZoneUser) logins.loadUserByUsername(centreName);

        ZoneId tz = context.getBean(Zones.class).timeZone(zone.id());
        WorkdayCalendar calendar = context.getBean(WorkCalendars.class).of(zone.id());
        Instant cutoff = to.plusDays(1).atStartOfDay(tz).toInstant();
        List<LocalDate> workingDays =
                from.datesUntil(to.plusDays(1)).filter(calendar::isWorkingDay).toList();
        Random random = new Random(seed);
        ScenarioPlanner planner = new ScenarioPlanner(calendar, tz, random, List.copyOf(names.keySet()), cutoff);
        List<List<Step>> plans = new ArrayList<>();
        List<AppealType> types = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AppealType type = AppealType.values()[random.nextInt(AppealType.values().length)];
            LocalDate day = workingDays.get(i * workingDays.size() / count);
            types.add(type);
            plans.add(planner.plan(i, type, day, plans));
        }
        List<Instant> runs = workingDays.stream()
                .map(d -> d.atTime(LocalTime.of(8, 0)).atZone(tz).toInstant())
                .toList();

        Replay replay = new Replay(context, centreStaff, staff, zone.id());
        replay.run(plans, types, runs);

        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            scenarios.add(new Scenario(
                    i,
                    types.get(i),
                    List.copyOf(plans.get(i)),
                    QuarterReckoning.job(plans.get(i), runs, calendar, tz),
                    replay.ids[i],
                    replay.numbers[i]));
        }
        return new GeneratedQuarter(zone.id(), tz, from, to, centre, names, runs, List.copyOf(scenarios));
    }

    /** Replays every planned step and reminder run in time order on the real services. */
    private static final class Replay {
        final ApplicationContext context;
        final ZoneUser centre;
        final Map<UUID, ZoneUser> staff;
        final UUID category;
        final AppealIntake intake;
        final AppealWorkflow workflow;
        final TestClock clock;
        UUID[] ids;
        String[] numbers;

        Replay(ApplicationContext context, ZoneUser centre, Map<UUID, ZoneUser> staff, UUID zoneId) {
            this.context = context;
            this.centre = centre;
            this.staff = staff;
            this.intake = context.getBean(AppealIntake.class);
            this.workflow = context.getBean(AppealWorkflow.class);
            this.clock = context.getBean(TestClock.class);
            this.category = context.getBean(AppealCategories.class).list(zoneId).stream()
                    .filter(c -> c.code().equals("OTHER"))
                    .findFirst()
                    .orElseThrow()
                    .id();
        }

        private record Due(Instant at, int order, int scenario, Step step) {}

        void run(List<List<Step>> plans, List<AppealType> types, List<Instant> runs) {
            ids = new UUID[plans.size()];
            numbers = new String[plans.size()];
            List<Due> due = new ArrayList<>();
            runs.forEach(r -> due.add(new Due(r, 0, -1, null)));
            for (int i = 0; i < plans.size(); i++) {
                for (Step s : plans.get(i)) {
                    due.add(new Due(s.at(), 1, i, s));
                }
            }
            due.sort(Comparator.comparing(Due::at).thenComparing(Due::order).thenComparing(Due::scenario));
            try {
                for (Due d : due) {
                    clock.set(d.at());
                    if (d.step() == null) {
                        ReminderRuns.run(context);
                    } else {
                        take(d.scenario(), types.get(d.scenario()), d.step());
                    }
                }
            } finally {
                clock.reset();
            }
        }

        private void take(int i, AppealType type, Step s) {
            if (s.action() == AppealAction.RECEIVE) {
                AppealView view = intake.receive(
                        centre,
                        new NewAppeal(
                                type,
                                Channel.HOTLINE,
                                category,
                                Urgency.NORMAL,
                                "生成的诉求 #" + i,
                                "季度生成器的第 " + i + " 件诉求。",
                                null,
                                "生成企业 " + (i % 37),
                                "联系人",
                                "13800000000",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        List.of());
                ids[i] = view.summary().id();
                numbers[i] = view.summary().caseNumber();
                return;
            }
            ZoneUser by = switch (s.action()) {
                case ACKNOWLEDGE, REQUEST_RETURN, START, REQUEST_EXTENSION, REPLY -> staff.get(s.holder());
                default -> centre;
            };
            UUID master = s.master() == null ? null : ids[s.master()];
            ActionRequest request = new ActionRequest(
                    s.assigned(), s.text(), s.days(), s.resolved(), s.verdict(), master, null, null, null, null);
            workflow.act(
                    by, ids[i], s.action() == AppealAction.REDISPATCH ? AppealAction.DISPATCH : s.action(), request);
        }
    }
}

package com.parkops.demo;

import com.parkops.investment.PipelineQueries;
import com.parkops.investment.ProjectFilter;
import com.parkops.investment.ProjectView;
import com.parkops.investment.Stage;
import com.parkops.investment.TeamRoster;
import com.parkops.investment.TeamRoster.Team;
import com.parkops.investment.TeamRoster.TeamData;
import com.parkops.investment.TeamRoster.TeamMember;
import com.parkops.investment.TeamRoster.TeamTarget;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The demo's investment teams made whole, after {@link DemoInvestment}: each gets a lead department
 * and members (the demo's staff member and leader) and targets for the current year, set as a
 * team would have set them in January, so the contest shows one team ahead of its targets and
 * the others behind.
 */
@Component
class DemoTeams {

    /** Lead department (short name) per team, in the order of {@link DemoInvestment}'s teams. */
    private static final String[] DEPARTMENTS = {"招商局", "经发局", "招商局"};

    /** The year's results so far ÷ target, per team in turn. */
    private static final double[] REACHED = {1.08, 0.72, 0.45};

    private final TeamRoster roster;
    private final PipelineQueries queries;
    private final Users users;

    DemoTeams(TeamRoster roster, PipelineQueries queries, Users users) {
        this.roster = roster;
        this.queries = queries;
        this.users = users;
    }

    void load(UUID zoneId, String actor, List<String> teamNames, LocalDate today) {
        Map<String, UUID> departments = new java.util.HashMap<>();
        users.departments(zoneId).forEach(d -> departments.put(d.shortName(), d.id()));
        List<UUID> staff = staffOf(zoneId);
        List<ProjectView> projects = queries.all(zoneId, ProjectFilter.any()).stream()
                .filter(p -> !"LOST".equals(p.closedAs()))
                .toList();
        int year = today.getYear();
        for (int t = 0; t < teamNames.size(); t++) {
            String name = teamNames.get(t);
            Team team = roster.list(zoneId).stream()
                    .filter(x -> x.name().equals(name))
                    .findFirst()
                    .orElseThrow();
            List<UUID> members = new ArrayList<>(
                    team.members().stream().map(TeamMember::userId).toList());
            UUID member = staff.get(t % staff.size());
            if (!members.contains(member)) {
                members.add(member);
            }
            roster.update(
                    zoneId,
                    team.id(),
                    new TeamData(
                            team.name(),
                            team.leaderName(),
                            departments.get(DEPARTMENTS[t % DEPARTMENTS.length]),
                            members,
                            team.active(),
                            team.version()),
                    actor);
            List<ProjectView> own =
                    projects.stream().filter(p -> team.id().equals(p.teamId())).toList();
            double reached = REACHED[t % REACHED.length];
            BigDecimal signed = own.stream()
                    .filter(p -> inYear(p, Stage.SIGNED, year) && p.amountWan() != null)
                    .map(ProjectView::amountWan)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal funds = own.stream()
                    .filter(p -> inYear(p, Stage.SIGNED, year) && p.fundsInPlace() != null)
                    .map(ProjectView::fundsInPlace)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            long started =
                    own.stream().filter(p -> inYear(p, Stage.STARTED, year)).count();
            roster.setTarget(
                    zoneId,
                    team.id(),
                    new TeamTarget(
                            year,
                            target(signed, reached, new BigDecimal("1000")),
                            (int) Math.max(2, Math.ceil(started / reached)),
                            target(funds, reached, new BigDecimal("100")),
                            null),
                    actor);
        }
    }

    /** The demo's staff member and leader (then any committee user), the people who join teams. */
    private List<UUID> staffOf(UUID zoneId) {
        List<UUID> people = new ArrayList<>();
        for (String username : List.of("staff", "leader")) {
            users.findByUsername(username).ifPresent(u -> people.add(u.id()));
        }
        if (people.isEmpty()) {
            users.list(zoneId).stream()
                    .filter(u -> u.role() == Role.STAFF || u.role() == Role.LEADER || u.role() == Role.ADMIN)
                    .findFirst()
                    .ifPresent(u -> people.add(u.id()));
        }
        return people;
    }

    private static boolean inYear(ProjectView project, Stage stage, int year) {
        LocalDate on = project.stageDates().get(stage);
        return on != null && on.getYear() == year;
    }

    /** Value ÷ share rounded up to a whole number of {@code step} (at least one step), 2 decimals. */
    private static BigDecimal target(BigDecimal value, double share, BigDecimal step) {
        BigDecimal raw = value.divide(BigDecimal.valueOf(share), 6, RoundingMode.HALF_UP);
        BigDecimal steps = raw.divide(step, 0, RoundingMode.CEILING).max(BigDecimal.ONE);
        return steps.multiply(step).setScale(2, RoundingMode.HALF_UP);
    }
}

package com.parkops.investment.domain;

import com.parkops.investment.TeamRoster;
import com.parkops.shared.ConflictException;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams in {@code investment.team} and {@code investment.team_member}; targets in {@link TeamTargets}. */
@Service
class JdbcTeamRoster implements TeamRoster {

    static final int MAX_NAME = 100;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ContestMessages messages;
    private final Users users;
    private final TeamTargets targets;

    JdbcTeamRoster(JdbcClient jdbc, AuditLog audit, ContestMessages messages, Users users, TeamTargets targets) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
        this.users = users;
        this.targets = targets;
    }

    @Override
    public List<Team> list(UUID zoneId) {
        Map<UUID, String> names = userNames(zoneId);
        Map<UUID, List<UUID>> members = new LinkedHashMap<>();
        jdbc.sql("select team_id, user_id from investment.team_member where zone_id = :zone")
                .param("zone", zoneId)
                .query((rs, n) -> members.computeIfAbsent(rs.getObject("team_id", UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject("user_id", UUID.class)))
                .list();
        return jdbc.sql("""
                        select id, name, leader_name, department_id, active, version from investment.team
                        where zone_id = :zone order by name
                        """)
                .param("zone", zoneId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    List<TeamMember> team = members.getOrDefault(id, List.of()).stream()
                            .map(user -> new TeamMember(user, names.getOrDefault(user, user.toString())))
                            .sorted(Comparator.comparing(TeamMember::displayName))
                            .toList();
                    return new Team(
                            id,
                            rs.getString("name"),
                            rs.getString("leader_name"),
                            rs.getObject("department_id", UUID.class),
                            team,
                            rs.getBoolean("active"),
                            rs.getInt("version"));
                })
                .list();
    }

    @Override
    public Optional<Team> find(UUID zoneId, UUID teamId) {
        return list(zoneId).stream().filter(t -> t.id().equals(teamId)).findFirst();
    }

    @Override
    @Transactional
    public Team create(UUID zoneId, TeamData data, String actor) {
        List<UUID> members = check(zoneId, null, data);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into investment.team (zone_id, id, name, leader_name, department_id, active, version)
                        values (:zone, :id, :name, :leader, :department, :active, 1)
                        """)
                .param("zone", zoneId)
                .param("id", id)
                .param("name", data.name().strip())
                .param("leader", blankToNull(data.leaderName()))
                .param("department", data.departmentId())
                .param("active", data.active())
                .update();
        writeMembers(zoneId, id, members);
        Team created = find(zoneId, id).orElseThrow();
        record(zoneId, actor, created, "create", Map.of(), snapshot(created));
        return created;
    }

    @Override
    @Transactional
    public Team update(UUID zoneId, UUID teamId, TeamData data, String actor) {
        Team before = find(zoneId, teamId).orElseThrow(() -> notFound());
        List<UUID> members = check(zoneId, teamId, data);
        int written = jdbc.sql("""
                        update investment.team set name = :name, leader_name = :leader, department_id = :department,
                            active = :active, version = version + 1
                        where zone_id = :zone and id = :id and version = :version
                        """)
                .param("zone", zoneId)
                .param("id", teamId)
                .param("name", data.name().strip())
                .param("leader", blankToNull(data.leaderName()))
                .param("department", data.departmentId())
                .param("active", data.active())
                .param("version", data.version() == null ? -1 : data.version())
                .update();
        if (written == 0) {
            throw new ConflictException(messages.text("contest.error.stale"));
        }
        jdbc.sql("delete from investment.team_member where zone_id = :zone and team_id = :id")
                .param("zone", zoneId)
                .param("id", teamId)
                .update();
        writeMembers(zoneId, teamId, members);
        Team after = find(zoneId, teamId).orElseThrow();
        record(zoneId, actor, after, "update", snapshot(before), snapshot(after));
        return after;
    }

    @Override
    @Transactional
    public void delete(UUID zoneId, UUID teamId, String actor) {
        Team before = find(zoneId, teamId).orElseThrow(() -> notFound());
        long projects = jdbc.sql("select count(*) from investment.project where zone_id = :zone and team_id = :id")
                .param("zone", zoneId)
                .param("id", teamId)
                .query(Long.class)
                .single();
        if (projects > 0) {
            throw new ConflictException(messages.text("team.error.hasProjects", projects));
        }
        jdbc.sql("delete from investment.team where zone_id = :zone and id = :id")
                .param("zone", zoneId)
                .param("id", teamId)
                .update();
        record(zoneId, actor, before, "delete", snapshot(before), Map.of());
    }

    @Override
    public List<TeamTarget> targets(UUID zoneId, UUID teamId) {
        return targets.list(zoneId, teamId);
    }

    @Override
    @Transactional
    public TeamTarget setTarget(UUID zoneId, UUID teamId, TeamTarget target, String actor) {
        Team team = find(zoneId, teamId).orElseThrow(() -> notFound());
        return targets.set(zoneId, team, target, actor);
    }

    /** Checks the input; returns the member ids without repeats. */
    private List<UUID> check(UUID zoneId, UUID teamId, TeamData data) {
        ContestMessages.Errors errors = messages.errors();
        if (data.name() == null || data.name().isBlank()) {
            errors.add("name", "contract.error.required");
        } else if (data.name().strip().length() > MAX_NAME) {
            errors.add("name", "contract.error.tooLong", MAX_NAME);
        } else if (nameTaken(zoneId, teamId, data.name().strip())) {
            errors.add("name", "team.error.nameTaken");
        }
        if (data.leaderName() != null && data.leaderName().strip().length() > MAX_NAME) {
            errors.add("leaderName", "contract.error.tooLong", MAX_NAME);
        }
        if (data.departmentId() != null
                && users.department(zoneId, data.departmentId()).isEmpty()) {
            errors.add("departmentId", "team.error.department");
        }
        List<UUID> members =
                new ArrayList<>(new LinkedHashSet<>(data.memberIds() == null ? List.<UUID>of() : data.memberIds()));
        Map<UUID, Users.UserView> zoneUsers =
                users.list(zoneId).stream().collect(Collectors.toMap(Users.UserView::id, Function.identity()));
        for (UUID member : members) {
            Users.UserView user = zoneUsers.get(member);
            if (user == null || !eligible(user.role())) {
                errors.add("memberIds", "team.error.member", String.valueOf(member));
            }
        }
        errors.refuse();
        return members;
    }

    /** Members are the zone committee's own people, not enterprise users or stewards. */
    static boolean eligible(Role role) {
        return role == Role.STAFF || role == Role.LEADER || role == Role.ADMIN;
    }

    private boolean nameTaken(UUID zoneId, UUID teamId, String name) {
        return jdbc.sql("""
                        select count(*) from investment.team
                        where zone_id = :zone and name = :name and (cast(:id as uuid) is null or id <> :id)
                        """)
                        .param("zone", zoneId)
                        .param("name", name)
                        .param("id", teamId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void writeMembers(UUID zoneId, UUID teamId, List<UUID> members) {
        for (UUID member : members) {
            jdbc.sql("insert into investment.team_member (zone_id, team_id, user_id) values (:zone, :team, :user)")
                    .param("zone", zoneId)
                    .param("team", teamId)
                    .param("user", member)
                    .update();
        }
    }

    private Map<UUID, String> userNames(UUID zoneId) {
        return users.list(zoneId).stream()
                .collect(Collectors.toMap(Users.UserView::id, Users.UserView::displayName, (a, b) -> a));
    }

    private void record(UUID zoneId, String actor, Team team, String action, Map<String, ?> from, Map<String, ?> to) {
        audit.record(new AuditEntry(
                zoneId, actor, ENTITY, team.id().toString(), action, team.name(), AuditEntry.diff(from, to)));
    }

    private static Map<String, Object> snapshot(Team team) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", team.name());
        map.put("leaderName", team.leaderName());
        map.put("departmentId", team.departmentId());
        map.put("active", team.active());
        map.put("members", team.members().stream().map(TeamMember::displayName).collect(Collectors.joining("、")));
        return map;
    }

    private NotFoundException notFound() {
        return new NotFoundException(messages.text("team.error.notFound"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

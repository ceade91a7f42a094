package com.parkops.investment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The investment teams of the all-staff campaign (全员招商): name, leader, department, members
 * (zone users) and yearly targets. Edits carry the version read (stale → conflict), bad input is
 * refused field by field and every write is audited ({@code investment-team}, {@code
 * investment-team-target}).
 */
public interface TeamRoster {

    String ENTITY = "investment-team";
    String TARGET_ENTITY = "investment-team-target";

    /** A team as entered; {@code version} is the version read, null when creating. */
    record TeamData(
            String name, String leaderName, UUID departmentId, List<UUID> memberIds, boolean active, Integer version) {}

    /** A member of a team: a zone user. */
    record TeamMember(UUID userId, String displayName) {}

    record Team(
            UUID id,
            String name,
            String leaderName,
            UUID departmentId,
            List<TeamMember> members,
            boolean active,
            int version) {}

    /**
     * A team's targets for one year: signed amount (万元), projects started, funds in place (万元);
     * each may be null (no target). {@code version} is the version read, null when creating.
     */
    record TeamTarget(
            int year, BigDecimal signedAmount, Integer projectsStarted, BigDecimal fundsInPlace, Integer version) {}

    /** The zone's teams by name. */
    List<Team> list(UUID zoneId);

    Optional<Team> find(UUID zoneId, UUID teamId);

    Team create(UUID zoneId, TeamData data, String actor);

    Team update(UUID zoneId, UUID teamId, TeamData data, String actor);

    /**
     * Deletes a team no project is assigned to.
     *
     * @throws com.parkops.shared.ConflictException when projects are assigned to it
     */
    void delete(UUID zoneId, UUID teamId, String actor);

    /** A team's targets, newest year first. */
    List<TeamTarget> targets(UUID zoneId, UUID teamId);

    /** Sets a team's targets for a year (creates or replaces them). */
    TeamTarget setTarget(UUID zoneId, UUID teamId, TeamTarget target, String actor);
}

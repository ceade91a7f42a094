package com.parkops.investment.web;

import com.parkops.investment.TeamRoster.Team;
import com.parkops.investment.TeamRoster.TeamData;
import com.parkops.investment.TeamRoster.TeamMember;
import com.parkops.investment.TeamRoster.TeamTarget;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The forms of the team pages. */
final class TeamForms {

    private TeamForms() {}

    /** A team as edited; an unticked "active" box sends nothing, which means inactive. */
    record TeamForm(
            String name, String leaderName, UUID departmentId, List<UUID> memberIds, Boolean active, Integer version) {

        static TeamForm blank() {
            return new TeamForm(null, null, null, List.of(), true, null);
        }

        static TeamForm of(Team team) {
            return new TeamForm(
                    team.name(),
                    team.leaderName(),
                    team.departmentId(),
                    team.members().stream().map(TeamMember::userId).toList(),
                    team.active(),
                    team.version());
        }

        TeamData toData() {
            return new TeamData(
                    name,
                    leaderName,
                    departmentId,
                    memberIds == null ? List.of() : memberIds,
                    Boolean.TRUE.equals(active),
                    version);
        }
    }

    /** One year's targets as entered. */
    record TargetForm(Integer year, BigDecimal signedAmount, Integer projectsStarted, BigDecimal fundsInPlace) {

        TeamTarget toTarget() {
            return new TeamTarget(year == null ? 0 : year, signedAmount, projectsStarted, fundsInPlace, null);
        }
    }
}

package com.parkops.projects.domain;

import com.parkops.investment.InvestmentProjects;
import com.parkops.investment.ProjectInfo;
import com.parkops.investment.Stage;
import com.parkops.projects.Campaign;
import com.parkops.projects.CampaignGoal;
import com.parkops.projects.CampaignTarget;
import com.parkops.projects.CampaignTargetStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Stored campaigns with each target's progress from its project as it stands now. */
@Component
class CampaignViews {

    private final InvestmentProjects projects;

    CampaignViews(InvestmentProjects projects) {
        this.projects = projects;
    }

    List<Campaign> views(UUID zoneId, List<CampaignRow> rows, LocalDate today) {
        Map<UUID, ProjectInfo> byId = projects.reached(zoneId, Stage.LEAD).stream()
                .collect(Collectors.toMap(ProjectInfo::id, Function.identity()));
        return rows.stream().map(row -> view(row, byId, today)).toList();
    }

    Campaign view(CampaignRow row, Map<UUID, ProjectInfo> projectsById, LocalDate today) {
        List<CampaignTarget> targets = row.targets().stream()
                .map(target -> target(row.deadline(), target, projectsById.get(target.projectId()), today))
                .toList();
        int met = count(targets, CampaignTargetStatus.MET);
        BigDecimal percent = targets.isEmpty()
                ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(targets.size()), 2, RoundingMode.HALF_UP);
        return new Campaign(
                row.id(),
                row.name(),
                row.startsOn(),
                row.deadline(),
                row.description(),
                row.version(),
                today,
                targets,
                met,
                count(targets, CampaignTargetStatus.PENDING),
                count(targets, CampaignTargetStatus.MISSED),
                percent,
                CampaignProgressRule.daysLeft(row.deadline(), today));
    }

    private static CampaignTarget target(
            LocalDate deadline, CampaignRow.Target target, ProjectInfo project, LocalDate today) {
        boolean reached;
        LocalDate reachedOn;
        if (target.goal() == CampaignGoal.STAGE) {
            reached = CampaignProgressRule.reached(project, target.stage());
            reachedOn = CampaignProgressRule.reachedOn(project, target.stage());
        } else {
            reached = target.doneOn() != null;
            reachedOn = target.doneOn();
        }
        return new CampaignTarget(
                target.id(),
                target.projectId(),
                project == null ? null : project.code(),
                project == null ? null : project.name(),
                target.goal(),
                target.stage(),
                target.text(),
                project == null ? null : project.stage(),
                project == null ? null : project.closedAs(),
                reachedOn,
                CampaignProgressRule.status(deadline, today, reached, reachedOn));
    }

    private static int count(List<CampaignTarget> targets, CampaignTargetStatus status) {
        return (int) targets.stream().filter(t -> t.status() == status).count();
    }
}

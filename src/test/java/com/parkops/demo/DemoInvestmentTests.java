package com.parkops.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parkops.investment.ContestLeague;
import com.parkops.investment.ContestLeague.ContestPeriod;
import com.parkops.investment.ContestLeague.Standing;
import com.parkops.investment.PipelineCommands;
import com.parkops.investment.PipelineQueries;
import com.parkops.investment.PromiseTracking;
import com.parkops.investment.PromiseTracking.PromiseRow;
import com.parkops.investment.TeamRoster;
import com.parkops.shared.InvalidInputException;
import com.parkops.zone.Zones;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo zone's investment pages filled: producing projects with contracts compared against their
 * enterprise's full-year figures (some falling short), teams with a department, members and this
 * year's targets (same context as {@link DemoProjectsTests}).
 */
@SpringBootTest(properties = "parkops.demo=true")
@ActiveProfiles("test")
class DemoInvestmentTests {

    @Autowired
    Zones zones;

    @Autowired
    PromiseTracking promises;

    @Autowired
    TeamRoster roster;

    @Autowired
    ContestLeague contest;

    @Autowired
    PipelineQueries pipeline;

    @Autowired
    PipelineCommands commands;

    @Test
    void shouldCompareTheProducingDemoProjectsPromisesWithTheirEnterprisesFiguresAndFlagShortfalls() {
        UUID zoneId = zones.all().get(0).id();
        var report = promises.report(zoneId, promises.latestCompleteYear(zoneId));
        List<PromiseRow> compared =
                report.rows().stream().filter(r -> r.gap() == null).toList();
        assertThat(compared).hasSizeGreaterThanOrEqualTo(2);
        assertThat(compared).allSatisfy(row -> {
            assertThat(row.creditCode()).isNotBlank();
            assertThat(row.taxPerMu().ratioPercent()).isNotNull();
        });
        assertThat(compared).anySatisfy(row -> assertThat(row.shortfall()).isTrue());
        assertThat(compared).anySatisfy(row -> assertThat(row.shortfall()).isFalse());
        assertThat(compared)
                .anySatisfy(row -> assertThat(row.taxPerMu().ratioPercent()).isLessThan(report.shortfallPercent()));
    }

    @Test
    void shouldRefuseToLinkAProjectToAnEnterpriseTheRegistryDoesNotKnow() {
        UUID zoneId = zones.all().get(0).id();
        PromiseRow row = promises.report(zoneId, promises.latestCompleteYear(zoneId))
                .rows()
                .get(0);
        var project = pipeline.find(zoneId, row.projectId()).orElseThrow();
        assertThatThrownBy(() ->
                        commands.linkEnterprise(zoneId, "staff", project.id(), "91000000000000000X", project.version()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(pipeline.find(zoneId, project.id()).orElseThrow().version()).isEqualTo(project.version());
        assertThat(promises.report(zoneId, promises.latestCompleteYear(zoneId))
                        .rows()
                        .get(0)
                        .creditCode())
                .isEqualTo(row.creditCode());
    }

    @Test
    void shouldGiveEveryDemoTeamADepartmentMembersAndThisYearsTargets() {
        UUID zoneId = zones.all().get(0).id();
        int year = zones.today(zoneId).getYear();
        List<TeamRoster.Team> teams = roster.list(zoneId);
        assertThat(teams).hasSize(3).allSatisfy(team -> {
            assertThat(team.departmentId()).isNotNull();
            assertThat(team.members()).isNotEmpty();
            assertThat(roster.targets(zoneId, team.id())).anySatisfy(t -> {
                assertThat(t.year()).isEqualTo(year);
                assertThat(t.signedAmount()).isPositive();
            });
        });
        List<Standing> standings =
                contest.table(zoneId, new ContestPeriod(year, null, null)).standings();
        assertThat(standings).hasSize(3).allSatisfy(s -> {
            assertThat(s.signedAmount().targetPercent()).isNotNull();
            assertThat(s.projectsStarted().targetPercent()).isNotNull();
        });
    }
}

package com.parkops.projects.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.investment.ProjectInfo;
import com.parkops.investment.Stage;
import com.parkops.projects.CampaignTargetStatus;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CampaignProgressRuleTests {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 8);

    private static ProjectInfo project(Stage stage, LocalDate signed, LocalDate started) {
        return new ProjectInfo(
                UUID.randomUUID(), "P-1", "项目", null, stage, null, null, null, null, null, signed, started, null, null);
    }

    @Test
    void shouldCountAGoalReachedOnTheDeadlineDayAsMet() {
        assertThat(CampaignProgressRule.status(DEADLINE, DEADLINE, true, DEADLINE))
                .isEqualTo(CampaignTargetStatus.MET);
        assertThat(CampaignProgressRule.status(DEADLINE, DEADLINE.plusDays(30), true, DEADLINE))
                .isEqualTo(CampaignTargetStatus.MET);
    }

    @Test
    void shouldKeepAnUnreachedGoalPendingThroughTheDeadlineDayAndMissedTheDayAfter() {
        assertThat(CampaignProgressRule.status(DEADLINE, DEADLINE, false, null))
                .isEqualTo(CampaignTargetStatus.PENDING);
        assertThat(CampaignProgressRule.status(DEADLINE, DEADLINE.plusDays(1), false, null))
                .isEqualTo(CampaignTargetStatus.MISSED);
    }

    @Test
    void shouldCountAGoalReachedTheDayAfterTheDeadlineAsMissed() {
        assertThat(CampaignProgressRule.status(DEADLINE, DEADLINE.plusDays(5), true, DEADLINE.plusDays(1)))
                .isEqualTo(CampaignTargetStatus.MISSED);
    }

    @Test
    void shouldTakeTheStageDateTheProjectShares() {
        ProjectInfo started = project(Stage.COMPLETED, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 5, 1));
        assertThat(CampaignProgressRule.reached(started, Stage.STARTED)).isTrue();
        assertThat(CampaignProgressRule.reachedOn(started, Stage.STARTED)).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(CampaignProgressRule.reachedOn(started, Stage.SIGNED)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(CampaignProgressRule.reachedOn(started, Stage.REGISTERED)).isNull();
        assertThat(CampaignProgressRule.reached(started, Stage.IN_PRODUCTION)).isFalse();
        assertThat(CampaignProgressRule.reachedOn(started, Stage.IN_PRODUCTION)).isNull();
        assertThat(CampaignProgressRule.reached(null, Stage.LEAD)).isFalse();
    }

    @Test
    void shouldCountDaysLeftToZeroOnTheDeadlineAndNeverBelow() {
        assertThat(CampaignProgressRule.daysLeft(DEADLINE, DEADLINE.minusDays(10)))
                .isEqualTo(10);
        assertThat(CampaignProgressRule.daysLeft(DEADLINE, DEADLINE)).isZero();
        assertThat(CampaignProgressRule.daysLeft(DEADLINE, DEADLINE.plusDays(3)))
                .isZero();
    }
}

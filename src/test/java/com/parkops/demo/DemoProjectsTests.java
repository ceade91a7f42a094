package com.parkops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.projects.Campaign;
import com.parkops.projects.CampaignTargetStatus;
import com.parkops.projects.Campaigns;
import com.parkops.projects.DispatchMeeting;
import com.parkops.projects.DispatchMeetings;
import com.parkops.projects.LandQuotas;
import com.parkops.projects.LandRequest;
import com.parkops.projects.LandState;
import com.parkops.projects.NodeStatus;
import com.parkops.projects.OrderFilter;
import com.parkops.projects.OrderState;
import com.parkops.projects.ScheduleFilter;
import com.parkops.projects.ScheduleNode;
import com.parkops.projects.ScheduleRow;
import com.parkops.projects.Schedules;
import com.parkops.projects.SupervisionOrder;
import com.parkops.projects.SupervisionOrders;
import com.parkops.zone.Zones;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo zone's project advancement: schedules with done, overdue and soon-due nodes, a dispatch
 * meeting with a replied and an open supervision order, the year's land quota allocations and a
 * campaign (same context as {@link DemoAppealsTests}).
 */
@SpringBootTest(properties = "parkops.demo=true")
@ActiveProfiles("test")
class DemoProjectsTests {

    @Autowired
    Zones zones;

    @Autowired
    Schedules schedules;

    @Autowired
    DispatchMeetings meetings;

    @Autowired
    SupervisionOrders orders;

    @Autowired
    LandQuotas land;

    @Autowired
    Campaigns campaigns;

    @Test
    void shouldGiveTheSignedDemoProjectsSchedulesWithDoneLateAndSoonDueNodes() {
        UUID zoneId = zones.all().get(0).id();
        List<ScheduleRow> rows = schedules.list(zoneId, ScheduleFilter.any()).stream()
                .filter(ScheduleRow::scheduled)
                .toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(5);
        assertThat(rows).allSatisfy(row -> assertThat(row.leaderName()).isNotBlank());
        Set<NodeStatus> statuses = rows.stream()
                .flatMap(row -> schedules.find(zoneId, row.projectId()).orElseThrow().nodes().stream())
                .map(ScheduleNode::status)
                .collect(Collectors.toSet());
        assertThat(statuses).contains(NodeStatus.DONE, NodeStatus.DONE_LATE, NodeStatus.RED, NodeStatus.YELLOW);
        assertThat(rows).extracting(ScheduleRow::status).contains(NodeStatus.RED);
    }

    @Test
    void shouldRecordADispatchMeetingWithARepliedAndAnOpenSupervisionOrder() {
        UUID zoneId = zones.all().get(0).id();
        List<DispatchMeeting> held = meetings.list(zoneId);
        assertThat(held).hasSize(1);
        assertThat(held.get(0).problems())
                .hasSize(2)
                .allSatisfy(p -> assertThat(p.orderNumber()).isNotNull());
        List<SupervisionOrder> issued = orders.list(zoneId, new OrderFilter(null, null, null));
        assertThat(issued)
                .extracting(SupervisionOrder::state)
                .containsExactlyInAnyOrder(OrderState.REPLIED, OrderState.ISSUED);
        SupervisionOrder open = issued.stream()
                .filter(o -> o.state() == OrderState.ISSUED)
                .findFirst()
                .orElseThrow();
        assertThat(open.deadline()).isBeforeOrEqualTo(zones.today(zoneId));
    }

    @Test
    void shouldAllocateLandQuotaThisYearAndRunACampaign() {
        UUID zoneId = zones.all().get(0).id();
        LocalDate today = zones.today(zoneId);
        var summary = land.summary(zoneId, today.getYear());
        assertThat(summary.projects()).isGreaterThanOrEqualTo(3);
        assertThat(summary.mu()).isPositive();
        assertThat(land.list(zoneId, null))
                .extracting(LandRequest::state)
                .contains(LandState.ALLOCATED, LandState.REJECTED, LandState.REQUESTED);
        List<Campaign> running = campaigns.list(zoneId);
        assertThat(running).hasSize(1);
        Campaign campaign = running.get(0);
        assertThat(campaign.name()).contains("百日攻坚");
        assertThat(campaign.targets()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(campaign.targets()).extracting(t -> t.status()).contains(CampaignTargetStatus.MET);
    }
}

package com.parkops.demo;

import com.parkops.investment.ProjectInfo;
import com.parkops.investment.Stage;
import com.parkops.projects.Campaign;
import com.parkops.projects.CampaignData;
import com.parkops.projects.CampaignGoal;
import com.parkops.projects.CampaignTarget;
import com.parkops.projects.CampaignTargetData;
import com.parkops.projects.Campaigns;
import com.parkops.projects.DispatchMeeting;
import com.parkops.projects.DispatchMeetings;
import com.parkops.projects.LandAllocationData;
import com.parkops.projects.LandDecision;
import com.parkops.projects.LandQuotas;
import com.parkops.projects.LandRequest;
import com.parkops.projects.LandRequestData;
import com.parkops.projects.MeetingProblem;
import com.parkops.projects.NewMeeting;
import com.parkops.projects.NewProblem;
import com.parkops.projects.OrderAction;
import com.parkops.projects.SupervisionOrder;
import com.parkops.projects.SupervisionOrders;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The demo's dispatch meeting with two supervision orders (one replied, one still open with today
 * as its deadline, so overdue from tomorrow on: orders cannot be issued with a past deadline), the
 * year's land quotas (approved, allocated, partly allocated, awaiting and rejected requests) and a
 * 百日攻坚 campaign with stage and text goals.
 */
@Component
class DemoProjectWork {

    private static final String LAND_AUTHORITY = "市自然资源和规划局";

    private final Users users;
    private final DispatchMeetings meetings;
    private final SupervisionOrders orders;
    private final LandQuotas land;
    private final Campaigns campaigns;

    DemoProjectWork(
            Users users, DispatchMeetings meetings, SupervisionOrders orders, LandQuotas land, Campaigns campaigns) {
        this.users = users;
        this.meetings = meetings;
        this.orders = orders;
        this.land = land;
        this.campaigns = campaigns;
    }

    void load(UUID zoneId, ZoneUser staff, ZoneUser admin, List<ProjectInfo> signed, LocalDate today) {
        if (signed.size() < 2 || !meetings.list(zoneId).isEmpty()) {
            return;
        }
        meeting(zoneId, staff, admin, signed, today);
        landQuotas(staff, signed, today);
        campaign(staff, signed, today);
    }

    private void meeting(UUID zoneId, ZoneUser staff, ZoneUser admin, List<ProjectInfo> signed, LocalDate today) {
        UUID landOffice = department(zoneId, "自规分局");
        DispatchMeeting meeting = meetings.record(
                admin,
                new NewMeeting(
                        today.minusDays(7), "王主任", "经发局、招商局、项目办、自规分局、财政局及项目业主", "听取重点项目节点推进情况汇报，协调解决项目建设中的堵点问题。"));
        MeetingProblem power = meetings.raise(
                admin,
                meeting.id(),
                new NewProblem(
                        signed.get(0).id(),
                        "项目用电增容手续办理滞后，影响设备进场调试，请经发局牵头协调供电公司。",
                        staff.departmentId().orElseThrow()));
        MeetingProblem parcel = meetings.raise(
                admin,
                meeting.id(),
                new NewProblem(
                        signed.get(1).id(),
                        "项目地块规划条件尚未出具，影响土地摘牌，请自规分局限期办结。",
                        landOffice != null ? landOffice : staff.departmentId().orElseThrow()));
        SupervisionOrder replied = orders.issue(admin, power.id(), new OrderAction(null, null, null));
        orders.reply(staff, replied.id(), new OrderAction("已协调供电公司完成增容方案审查，预计两周内送电。", null, replied.version()));
        orders.issue(admin, parcel.id(), new OrderAction("请于今日下班前反馈办理进度。", today, null));
    }

    private void landQuotas(ZoneUser staff, List<ProjectInfo> signed, LocalDate today) {
        LocalDate yearStart = today.withDayOfYear(1);
        int count = Math.min(signed.size(), 7);
        for (int i = 0; i < count; i++) {
            ProjectInfo project = signed.get(i);
            BigDecimal mu = project.landMu() != null && project.landMu().signum() > 0
                    ? project.landMu().setScale(2, RoundingMode.HALF_UP)
                    : BigDecimal.valueOf(50 + 10L * i).setScale(2, RoundingMode.HALF_UP);
            LandRequest request = land.request(
                    staff,
                    new LandRequestData(
                            project.id(), mu, "新建厂房及配套设施", on(yearStart, today, 150 - 10 * i), project.investor()));
            if (i == count - 1) {
                continue; // awaiting its decision
            }
            if (i == count - 2) {
                land.decide(
                        staff,
                        request.id(),
                        request.version(),
                        new LandDecision(
                                null, "项目选址不符合园区产业布局，请调整后重新申请", LAND_AUTHORITY, on(yearStart, today, 120 - 10 * i)));
                continue;
            }
            BigDecimal approved =
                    i % 3 == 2 ? mu.multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.HALF_UP) : mu;
            request = land.decide(
                    staff,
                    request.id(),
                    request.version(),
                    new LandDecision(approved, null, LAND_AUTHORITY, on(yearStart, today, 120 - 10 * i)));
            BigDecimal first = i % 2 == 1 ? approved.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP) : approved;
            request = land.allocate(
                    staff,
                    request.id(),
                    request.version(),
                    new LandAllocationData(first, on(yearStart, today, 90 - 10 * i), "FC-2026-" + (11 + i), null));
            if (i == 1) {
                land.allocate(
                        staff,
                        request.id(),
                        request.version(),
                        new LandAllocationData(
                                approved.subtract(first), on(yearStart, today, 20), "FC-2026-" + (31 + i), "二期用地"));
            }
        }
    }

    private void campaign(ZoneUser staff, List<ProjectInfo> signed, LocalDate today) {
        LocalDate start = today.minusDays(30);
        Campaign campaign = campaigns.create(
                staff,
                new CampaignData(
                        today.getYear() + "年重点项目百日攻坚行动", start, start.plusDays(99), "一百天内推动一批签约项目开工、在建项目竣工投产。"));
        Map<Stage, Integer> perGoal = new EnumMap<>(Stage.class);
        for (ProjectInfo project : signed) {
            Stage goal = project.stage().reached(Stage.COMPLETED)
                    ? Stage.IN_PRODUCTION
                    : project.stage().reached(Stage.STARTED) ? Stage.COMPLETED : Stage.STARTED;
            if (project.stage().reached(goal) || perGoal.getOrDefault(goal, 0) >= 2) {
                continue;
            }
            campaign = campaigns.addTarget(
                    staff,
                    campaign.id(),
                    campaign.version(),
                    new CampaignTargetData(project.id(), CampaignGoal.STAGE, goal, null));
            perGoal.merge(goal, 1, Integer::sum);
        }
        campaign = campaigns.addTarget(
                staff,
                campaign.id(),
                campaign.version(),
                new CampaignTargetData(signed.get(0).id(), CampaignGoal.TEXT, null, "完成施工许可办理"));
        CampaignTarget text = campaign.targets().stream()
                .filter(t -> t.goal() == CampaignGoal.TEXT)
                .findFirst()
                .orElseThrow();
        campaigns.markDone(staff, campaign.id(), campaign.version(), text.id(), today.minusDays(3));
    }

    /** {@code days} before today, but not before the year's first day: every date falls in this year. */
    private static LocalDate on(LocalDate yearStart, LocalDate today, int days) {
        LocalDate date = today.minusDays(Math.max(days, 0));
        return date.isBefore(yearStart) ? yearStart : date;
    }

    private UUID department(UUID zoneId, String shortName) {
        return users.departments(zoneId).stream()
                .filter(d -> shortName.equals(d.shortName()))
                .map(Users.Department::id)
                .findFirst()
                .orElse(null);
    }
}

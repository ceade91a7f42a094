package com.parkops.demo;

import com.parkops.appeals.ActionRequest;
import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealCategories;
import com.parkops.appeals.AppealFilter;
import com.parkops.appeals.AppealIntake;
import com.parkops.appeals.AppealMeetings;
import com.parkops.appeals.AppealType;
import com.parkops.appeals.AppealWorkflow;
import com.parkops.appeals.Appeals;
import com.parkops.appeals.Category;
import com.parkops.appeals.Channel;
import com.parkops.appeals.NewAppeal;
import com.parkops.appeals.NewMeeting;
import com.parkops.appeals.Satisfaction;
import com.parkops.appeals.Urgency;
import com.parkops.registry.Enterprises;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A handful of appeals in the demo zone, right after it is loaded: one at every step of the
 * workflow, a labour dispute and a round-table meeting with two appeals, taken through the
 * appeals' own API by the demo users (the administrator acting as the service centre).
 */
@Component
@Order(11)
class DemoAppeals implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAppeals.class);

    private final boolean enabled;
    private final Zones zones;
    private final Users users;
    private final UserDetailsService accounts;
    private final Enterprises enterprises;
    private final Appeals appeals;
    private final AppealIntake intake;
    private final AppealWorkflow workflow;
    private final AppealMeetings meetings;
    private final AppealCategories categories;

    DemoAppeals(
            @Value("${parkops.demo:false}") boolean enabled,
            Zones zones,
            Users users,
            UserDetailsService accounts,
            Enterprises enterprises,
            Appeals appeals,
            AppealIntake intake,
            AppealWorkflow workflow,
            AppealMeetings meetings,
            AppealCategories categories) {
        this.enabled = enabled;
        this.zones = zones;
        this.users = users;
        this.accounts = accounts;
        this.enterprises = enterprises;
        this.appeals = appeals;
        this.intake = intake;
        this.workflow = workflow;
        this.meetings = meetings;
        this.categories = categories;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!DemoZoneLoader.requested(enabled, args)
                || users.findByUsername("staff").isEmpty()) {
            return;
        }
        UUID zoneId = zones.all().get(0).id();
        ZoneUser centre = user("admin");
        if (appeals.search(centre, AppealFilter.any(), 0, 1).totalElements() > 0) {
            return;
        }
        ZoneUser staff = user("staff");
        ZoneUser clerk = user("enterprise");
        UUID department = staff.departmentId().orElseThrow();
        Map<String, UUID> category =
                categories.list(zoneId).stream().collect(Collectors.toMap(Category::code, Category::id));
        List<String> codes = enterprises.idsByCreditCode(zoneId).keySet().stream()
                .sorted()
                .limit(6)
                .toList();

        intake.receive(
                clerk,
                appeal(
                        AppealType.HELP,
                        category.get("FINANCING"),
                        "申请技改项目贷款贴息",
                        "我公司今年投入技改资金 1200 万元，想了解贷款贴息政策和申报时间。",
                        null,
                        null),
                List.of());
        take(centre, AppealType.COMPLAINT, category.get("POLICY"), "2025 年度规上工业企业奖励未到账", codes.get(1), department);
        UUID returning = take(centre, AppealType.HELP, category.get("LAND"), "二期厂房用地指标协调", codes.get(2), department);
        act(staff, returning, AppealAction.ACKNOWLEDGE, ActionRequest.empty());
        act(staff, returning, AppealAction.REQUEST_RETURN, text("用地指标属自然资源和规划分局职责，建议改派。"));
        UUID extending = take(
                centre, AppealType.SUGGESTION, category.get("APPROVAL"), "建议压缩环评与能评串联审批时间", codes.get(3), department);
        act(staff, extending, AppealAction.ACKNOWLEDGE, ActionRequest.empty());
        act(staff, extending, AppealAction.START, ActionRequest.empty());
        act(
                staff,
                extending,
                AppealAction.REQUEST_EXTENSION,
                new ActionRequest(null, "需会同市行政审批局研究并联审批方案。", 5, null, null, null, null, null, null, null));
        UUID replied = intake.receive(
                        clerk,
                        appeal(
                                AppealType.CONSULT,
                                category.get("POLICY"),
                                "研发费用加计扣除比例咨询",
                                "今年研发费用加计扣除比例是多少？需要准备哪些台账？",
                                null,
                                null),
                        List.of())
                .id();
        act(
                centre,
                replied,
                AppealAction.DISPATCH,
                new ActionRequest(department, null, null, null, null, null, null, null, null, null));
        act(staff, replied, AppealAction.ACKNOWLEDGE, ActionRequest.empty());
        act(staff, replied, AppealAction.START, ActionRequest.empty());
        act(
                staff,
                replied,
                AppealAction.REPLY,
                new ActionRequest(
                        null,
                        "制造业企业研发费用加计扣除比例为 100%，请按项目设置研发支出辅助账，我局可上门辅导。",
                        null,
                        true,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        UUID closed = take(centre, AppealType.HELP, category.get("UTILITIES"), "新厂区天然气管网接入", codes.get(4), department);
        for (AppealAction step : List.of(AppealAction.ACKNOWLEDGE, AppealAction.START)) {
            act(staff, closed, step, ActionRequest.empty());
        }
        act(
                staff,
                closed,
                AppealAction.REPLY,
                new ActionRequest(null, "已协调燃气公司于下周完成接驳。", null, true, null, null, null, null, null, null));
        act(
                centre,
                closed,
                AppealAction.REVISIT,
                new ActionRequest(
                        null, "电话回访，企业表示满意。", null, null, Satisfaction.SATISFIED, null, null, null, null, null));
        act(centre, closed, AppealAction.CLOSE, ActionRequest.empty());
        NewAppeal labour = new NewAppeal(
                AppealType.HELP,
                Channel.HOTLINE,
                category.get("LABOUR_DISPUTE"),
                Urgency.URGENT,
                "施工队 23 名农民工工资被拖欠",
                "某建筑劳务队反映总包方拖欠工资三个月。",
                null,
                "某建筑劳务队",
                "刘师傅",
                "13900000000",
                null,
                department,
                null,
                23,
                new BigDecimal("46.80"),
                new BigDecimal("12.00"));
        intake.receive(centre, labour, List.of());
        meetings.record(
                staff,
                new NewMeeting(
                        Channel.ROUND_TABLE,
                        zones.today(zoneId).minusDays(3),
                        "管委会三楼会议室",
                        "王主任",
                        "经发局、财政金融局、企业服务中心",
                        "围绕融资难和用工难开展座谈，梳理问题清单两项。",
                        codes.subList(0, 3),
                        List.of(
                                appeal(
                                        AppealType.HELP,
                                        category.get("FINANCING"),
                                        "中小企业转贷资金门槛偏高",
                                        "希望降低转贷应急资金申请门槛。",
                                        codes.get(0),
                                        null),
                                appeal(
                                        AppealType.HELP,
                                        category.get("EMPLOYMENT"),
                                        "技术工人招聘难",
                                        "希望在园区组织专场招聘会。",
                                        codes.get(1),
                                        null))));
        log.info("Demo appeals loaded: {}", appeals.counts(centre));
    }

    private UUID take(ZoneUser centre, AppealType type, UUID category, String title, String code, UUID department) {
        NewAppeal appeal = new NewAppeal(
                type,
                Channel.HOTLINE,
                category,
                Urgency.NORMAL,
                title,
                title + "，请帮助协调。",
                code,
                null,
                "联系人",
                null,
                null,
                department,
                null,
                null,
                null,
                null);
        return intake.receive(centre, appeal, List.of()).id();
    }

    private static NewAppeal appeal(
            AppealType type, UUID category, String title, String content, String code, UUID department) {
        return new NewAppeal(
                type,
                Channel.HOTLINE,
                category,
                Urgency.NORMAL,
                title,
                content,
                code,
                null,
                null,
                null,
                null,
                department,
                null,
                null,
                null,
                null);
    }

    private void act(ZoneUser user, UUID id, AppealAction action, ActionRequest request) {
        workflow.act(user, id, action, request);
    }

    private static ActionRequest text(String text) {
        return new ActionRequest(null, text, null, null, null, null, null, null, null, null);
    }

    private ZoneUser user(String username) {
        return (ZoneUser) accounts.loadUserByUsername(username);
    }
}

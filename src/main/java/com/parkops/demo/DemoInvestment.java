package com.parkops.demo;

import com.parkops.investment.CapitalSource;
import com.parkops.investment.PipelineCommands;
import com.parkops.investment.PipelineQueries;
import com.parkops.investment.PipelineTeams;
import com.parkops.investment.ProjectDraft;
import com.parkops.investment.ProjectFilter;
import com.parkops.investment.Stage;
import com.parkops.zone.Users;
import com.parkops.zone.Zones;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo zone's investment pipeline: three teams and 25 projects spread over last year and this
 * one, taken through the pipeline's own steps (so each has its history), a few paused or lost;
 * then the producing projects' contracts ({@link DemoContracts}) and the teams' departments,
 * members and targets ({@link DemoTeams}).
 */
@Component
@Order(12)
class DemoInvestment implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInvestment.class);
    private static final String ACTOR = "staff";
    private static final String[] TEAMS = {"招商一组", "招商二组", "驻沪招商小分队"};
    private static final String[] LEADERS = {"陈建国", "刘芳", "周海涛"};
    private static final String[] SUBJECTS = {
        "新能源电池材料",
        "高端装备零部件",
        "生物医药中试基地",
        "智能传感器",
        "光伏组件扩产",
        "精密模具",
        "锂电隔膜",
        "医疗器械产业园",
        "工业机器人整机",
        "半导体封测",
        "新型显示面板配套",
        "功能性食品",
        "氢能装备",
        "环保新材料",
        "数控机床",
        "冷链物流基地",
        "汽车电子",
        "碳纤维复合材料",
        "动物疫苗",
        "再生资源利用",
        "储能系统集成",
        "特种合金",
        "创新药研发",
        "智能家居",
        "节能电机"
    };
    private static final String[] INVESTORS = {
        "深圳市宏达科技有限公司", "江苏恒瑞投资集团", "上海鼎盛资本", "浙江万丰实业", "日本精工株式会社", "新加坡远景控股", "北京中科创新投资", "广东美联集团"
    };

    private final boolean enabled;
    private final Zones zones;
    private final Users users;
    private final PipelineTeams teams;
    private final PipelineCommands commands;
    private final PipelineQueries queries;
    private final DemoContracts contracts;
    private final DemoTeams roster;

    DemoInvestment(
            @Value("${parkops.demo:false}") boolean enabled,
            Zones zones,
            Users users,
            PipelineTeams teams,
            PipelineCommands commands,
            PipelineQueries queries,
            DemoContracts contracts,
            DemoTeams roster) {
        this.enabled = enabled;
        this.zones = zones;
        this.users = users;
        this.teams = teams;
        this.commands = commands;
        this.queries = queries;
        this.contracts = contracts;
        this.roster = roster;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!DemoZoneLoader.requested(enabled, args)
                || users.findByUsername("staff").isEmpty()) {
            return;
        }
        UUID zoneId = zones.all().get(0).id();
        if (queries.search(zoneId, ProjectFilter.any(), 0, 1).totalElements() > 0) {
            return;
        }
        UUID[] teamIds = new UUID[TEAMS.length];
        for (int t = 0; t < TEAMS.length; t++) {
            teamIds[t] = teams.ensure(zoneId, ACTOR, TEAMS[t], LEADERS[t]);
        }
        List<String> chains = queries.chains(zoneId);
        LocalDate today = zones.today(zoneId);
        Random random = new Random(20260);
        for (int i = 0; i < SUBJECTS.length; i++) {
            project(zoneId, i, random, teamIds[i % teamIds.length], chains, today);
        }
        int compared = contracts.load(zoneId, ACTOR, today);
        roster.load(zoneId, ACTOR, List.of(TEAMS), today);
        log.info(
                "Demo investment loaded: {} projects, {} producing ones with contracts and figures to compare, team targets",
                SUBJECTS.length,
                compared);
    }

    private void project(UUID zoneId, int i, Random random, UUID team, List<String> chains, LocalDate today) {
        boolean foreign = i % 6 == 4;
        BigDecimal amount = foreign
                ? BigDecimal.valueOf(800 + random.nextInt(2400))
                : BigDecimal.valueOf(3000 + random.nextInt(i % 5 == 0 ? 70000 : 30000));
        LocalDate lead = today.minusDays(60 + random.nextInt(600));
        Stage target = Stage.values()[random.nextInt(Stage.values().length)];
        ProjectDraft draft = new ProjectDraft(
                null,
                SUBJECTS[i] + "项目",
                INVESTORS[random.nextInt(INVESTORS.length)],
                foreign ? (i % 4 == 0 ? "日本" : "新加坡") : "中国",
                "联系人" + (i + 1) + " 1380000" + String.format("%04d", 1000 + i),
                foreign ? CapitalSource.FOREIGN : CapitalSource.DOMESTIC,
                amount,
                chains.isEmpty() ? null : chains.get(i % chains.size()),
                team,
                LEADERS[i % LEADERS.length],
                i % 7 == 3,
                i % 9 == 5,
                BigDecimal.valueOf(20 + random.nextInt(180)),
                target.reached(Stage.SIGNED) ? amount.multiply(new BigDecimal("0.3")) : null,
                null,
                Stage.LEAD,
                lead,
                0);
        UUID id = commands.create(zoneId, ACTOR, draft);
        LocalDate on = lead;
        int version = 0;
        for (Stage stage : Stage.values()) {
            if (stage == Stage.LEAD || !target.reached(stage)) {
                continue;
            }
            LocalDate next = on.plusDays(15 + random.nextInt(60));
            if (next.isAfter(today)) {
                break;
            }
            on = next;
            commands.advance(zoneId, ACTOR, id, stage, on, version++);
        }
        if (i % 8 == 6) {
            commands.pause(zoneId, ACTOR, id, "投资方资金安排调整，暂缓推进", version);
        } else if (i % 11 == 9) {
            commands.lose(zoneId, ACTOR, id, "投资方选址他地", version);
        }
    }
}

package com.parkops.demo;

import com.parkops.registry.EmergingCategory;
import com.parkops.registry.EnterpriseData;
import com.parkops.registry.LandTenure;
import com.parkops.registry.LandUse;
import com.parkops.registry.ParcelData;
import com.parkops.registry.PatentKind;
import com.parkops.registry.QualificationData;
import com.parkops.registry.QualificationKind;
import com.parkops.registry.QualificationLevel;
import com.parkops.registry.QualificationStatus;
import com.parkops.registry.Scale;
import com.parkops.registry.ScaleEventKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Generates the demo zone from a seed: the same seed always gives the same zone. */
final class DemoZoneGenerator {

    static final long SEED = 20_261_129L;
    static final int ENTERPRISES = 300;
    private static final String CITY = "丰城";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private record Chain(
            String name,
            List<String> trades,
            List<String> industryCodes,
            List<EmergingCategory> emerging,
            int weight) {}

    private static final List<Chain> CHAINS = List.of(
            new Chain(
                    "新能源新材料",
                    List.of("新材料科技", "锂电科技", "新能源科技", "硅业", "光伏材料"),
                    List.of("C3985", "C3841", "C2613", "C3825"),
                    List.of(EmergingCategory.NEW_MATERIALS, EmergingCategory.NEW_ENERGY),
                    30),
            new Chain(
                    "循环经济",
                    List.of("再生资源", "环保科技", "资源循环利用", "金属再生"),
                    List.of("C4220", "C4210", "N7724"),
                    List.of(EmergingCategory.ENERGY_SAVING),
                    22),
            new Chain(
                    "食品医药",
                    List.of("食品", "生物医药", "药业", "健康科技"),
                    List.of("C1469", "C2720", "C1391", "C2761"),
                    List.of(EmergingCategory.BIOTECH),
                    18),
            new Chain(
                    "装备制造",
                    List.of("机械制造", "智能装备", "重工", "精密机械"),
                    List.of("C3434", "C3311", "C3484", "C3419"),
                    List.of(EmergingCategory.HIGH_END_EQUIPMENT),
                    20),
            new Chain(
                    "电子信息",
                    List.of("电子科技", "光电", "微电子", "智能科技"),
                    List.of("C3982", "C3976", "C3971"),
                    List.of(EmergingCategory.NEW_GENERATION_IT),
                    10));

    private static final List<DemoZone.Department> DEPARTMENTS = List.of(
            new DemoZone.Department("经济发展局", "经发局"),
            new DemoZone.Department("招商服务局", "招商局"),
            new DemoZone.Department("重大项目办公室", "项目办"),
            new DemoZone.Department("生态环境分局", "生态环境分局"),
            new DemoZone.Department("企业服务中心", "企业服务中心"),
            new DemoZone.Department("党建工作办公室", "党建办"),
            new DemoZone.Department("自然资源和规划分局", "自规分局"),
            new DemoZone.Department("财政金融局", "财政局"));

    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "胡", "朱", "高", "林"
    };
    private static final String[] GIVEN = {
        "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞"
    };
    private static final String[] ROADS = {"创业大道", "科技路", "新材料大道", "工业一路", "工业二路", "循环经济园路", "剑邑大道", "富民路"};

    private final Random random;
    private final DemoNames names;

    DemoZoneGenerator(long seed) {
        this.random = new Random(seed);
        this.names = new DemoNames(random);
    }

    DemoZone generate() {
        List<DemoZone.DemoEnterprise> enterprises = new ArrayList<>();
        for (int i = 0; i < ENTERPRISES; i++) {
            enterprises.add(enterprise(i));
        }
        return new DemoZone(
                DEPARTMENTS,
                CHAINS.stream().map(Chain::name).toList(),
                CHAINS.get(0).name(),
                enterprises);
    }

    private DemoZone.DemoEnterprise enterprise(int index) {
        Chain chain = index == 0 ? CHAINS.get(0) : pickChain();
        boolean above = index == 0 || random.nextInt(100) < 42;
        LocalDate registeredOn =
                LocalDate.of(2004 + random.nextInt(21), 1 + random.nextInt(12), 1 + random.nextInt(28));
        YearMonth since = above ? aboveScaleSince(registeredOn) : null;
        String exempt = index % 97 == 13 ? "公用事业（供水）" : null;
        EmergingCategory emerging = random.nextInt(100) < 35 ? pick(chain.emerging()) : null;
        String person = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        List<String> tags = new ArrayList<>();
        if (random.nextInt(100) < 8) {
            tags.add("招商引进");
        }
        if (random.nextInt(100) < 5) {
            tags.add("外资");
        }
        EnterpriseData data = new EnterpriseData(
                names.creditCode(),
                names.enterpriseName(CITY, chain.trades()),
                pick(chain.industryCodes()),
                chain.name(),
                emerging,
                above ? Scale.ABOVE : Scale.BELOW,
                since,
                registeredOn,
                exempt,
                "丰城高新区" + ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(399)) + "号",
                person,
                SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)],
                "1" + (35 + random.nextInt(55)) + String.format("%08d", random.nextInt(100_000_000)),
                null,
                tags);
        return new DemoZone.DemoEnterprise(
                data, parcels(above, index), qualifications(above, registeredOn), patents(above), scaleSteps(since));
    }

    private YearMonth aboveScaleSince(LocalDate registeredOn) {
        int earliest = Math.max(registeredOn.getYear() + 1, 2012);
        int year = earliest + random.nextInt(Math.max(1, 2026 - earliest + 1));
        return YearMonth.of(Math.min(year, 2026), 1 + random.nextInt(10));
    }

    private List<ParcelData> parcels(boolean above, int index) {
        if (index % 53 == 29) {
            return List.of(); // a few enterprises work in rented workshops with no land of their own
        }
        List<ParcelData> parcels = new ArrayList<>();
        double mu = above ? 20 + random.nextDouble() * 230 : 3 + random.nextDouble() * 60;
        parcels.add(new ParcelData(
                "赣(" + (2010 + random.nextInt(16)) + ")丰城市不动产权第" + String.format("%07d", random.nextInt(9_999_999))
                        + "号",
                muToSquareMetres(mu),
                LandUse.INDUSTRIAL,
                LandTenure.OWNED,
                null));
        if (random.nextInt(100) < 15) {
            parcels.add(new ParcelData(
                    null,
                    muToSquareMetres(2 + random.nextDouble() * 20),
                    LandUse.INDUSTRIAL,
                    LandTenure.LEASED,
                    "租赁厂房用地"));
        }
        return parcels;
    }

    private static BigDecimal muToSquareMetres(double mu) {
        return BigDecimal.valueOf(mu * 10_000 / 15).setScale(2, RoundingMode.HALF_UP);
    }

    private List<QualificationData> qualifications(boolean above, LocalDate registeredOn) {
        List<QualificationData> list = new ArrayList<>();
        if (random.nextInt(100) < (above ? 45 : 15)) {
            // issued over the last three years: some are about to expire
            LocalDate issued = TODAY.minusDays(30 + random.nextInt(3 * 365));
            list.add(qualification(
                    QualificationKind.HIGH_TECH,
                    QualificationLevel.NATIONAL,
                    issued,
                    issued.plusYears(3).minusDays(1)));
        }
        if (random.nextInt(100) < 30) {
            LocalDate issued = LocalDate.of(2026, 3 + random.nextInt(5), 1 + random.nextInt(28));
            list.add(qualification(
                    QualificationKind.TECH_SME, QualificationLevel.PROVINCIAL, issued, LocalDate.of(2026, 12, 31)));
        }
        if (above && random.nextInt(100) < 12) {
            LocalDate issued = TODAY.minusDays(100 + random.nextInt(900));
            list.add(qualification(
                    QualificationKind.PROVINCIAL_SPECIALIZED,
                    QualificationLevel.PROVINCIAL,
                    issued,
                    issued.plusYears(3).minusDays(1)));
        }
        if (above && random.nextInt(100) < 4) {
            LocalDate issued = TODAY.minusDays(200 + random.nextInt(800));
            list.add(qualification(
                    QualificationKind.LITTLE_GIANT,
                    QualificationLevel.NATIONAL,
                    issued,
                    issued.plusYears(3).minusDays(1)));
        }
        if (above && random.nextInt(100) < 6) {
            LocalDate issued = LocalDate.of(2026, 6, 1 + random.nextInt(28));
            list.add(qualification(
                    QualificationKind.GAZELLE,
                    QualificationLevel.PROVINCIAL,
                    issued,
                    issued.plusYears(1).minusDays(1)));
        }
        if (above && random.nextInt(100) < 3) {
            list.add(qualification(
                    QualificationKind.SEGMENT_LEADER, QualificationLevel.MUNICIPAL, registeredOn.plusYears(5), null));
        }
        return list;
    }

    private QualificationData qualification(
            QualificationKind kind, QualificationLevel level, LocalDate issued, LocalDate expires) {
        QualificationStatus status =
                expires != null && expires.isBefore(TODAY) ? QualificationStatus.EXPIRED : QualificationStatus.VALID;
        String number = kind == QualificationKind.HIGH_TECH
                ? "GR" + issued.getYear() + "36" + String.format("%06d", random.nextInt(1_000_000))
                : issued.getYear() + "-" + String.format("%05d", random.nextInt(100_000));
        return new QualificationData(kind, level, number, issued, expires, status, null);
    }

    private Map<Integer, Map<PatentKind, Integer>> patents(boolean above) {
        Map<Integer, Map<PatentKind, Integer>> byYear = new LinkedHashMap<>();
        if (random.nextInt(100) >= (above ? 70 : 30)) {
            return byYear;
        }
        for (int year = 2022; year <= 2025; year++) {
            Map<PatentKind, Integer> granted = new LinkedHashMap<>();
            granted.put(PatentKind.INVENTION, random.nextInt(above ? 4 : 2));
            granted.put(PatentKind.UTILITY_MODEL, random.nextInt(above ? 9 : 4));
            granted.put(PatentKind.DESIGN, random.nextInt(3));
            byYear.put(year, granted);
        }
        return byYear;
    }

    private List<DemoZone.ScaleStep> scaleSteps(YearMonth since) {
        if (since == null) {
            return random.nextInt(100) < 10
                    ? List.of(new DemoZone.ScaleStep(ScaleEventKind.CULTIVATING, YearMonth.of(2026, 3), "列入小升规培育库"))
                    : List.of();
        }
        return List.of(
                new DemoZone.ScaleStep(ScaleEventKind.CULTIVATING, since.minusMonths(9), "列入小升规培育库"),
                new DemoZone.ScaleStep(ScaleEventKind.APPLIED, since.minusMonths(2), "向统计局申报入规"));
    }

    private Chain pickChain() {
        int total = CHAINS.stream().mapToInt(Chain::weight).sum();
        int roll = random.nextInt(total);
        for (Chain chain : CHAINS) {
            roll -= chain.weight();
            if (roll < 0) {
                return chain;
            }
        }
        return CHAINS.get(CHAINS.size() - 1);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}

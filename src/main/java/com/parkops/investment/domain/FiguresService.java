package com.parkops.investment.domain;

import com.parkops.investment.CapitalSource;
import com.parkops.investment.InvestmentFigures;
import com.parkops.investment.InvestmentSettings;
import com.parkops.investment.InvestmentSummary;
import com.parkops.investment.ProductionRateBase;
import com.parkops.investment.Stage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's figures. A project belongs to the year it was signed in (by its signing date), lost
 * and paused ones included: the signing happened. Foreign amounts are converted at the zone's
 * current USD rate; a project is 5020 by its amount in its own currency against the zone's
 * thresholds. Rates are percentages with 2 decimals, half-up.
 */
@Service
@Transactional(readOnly = true)
class FiguresService implements InvestmentFigures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private record Signed(
            CapitalSource source,
            BigDecimal amount,
            String chain,
            LocalDate signedOn,
            LocalDate startedOn,
            LocalDate productionOn,
            BigDecimal funds) {}

    private final JdbcClient jdbc;
    private final InvestmentSettingsStore settings;

    FiguresService(JdbcClient jdbc, InvestmentSettingsStore settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public InvestmentSummary summary(UUID zoneId, int year) {
        InvestmentSettings zone = settings.settings(zoneId);
        List<Signed> current = signedIn(zoneId, year);
        List<Signed> prior = signedIn(zoneId, year - 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        long started = current.stream().filter(p -> by(p.startedOn(), end)).count();
        long producing = current.stream().filter(p -> by(p.productionOn(), end)).count();
        long base = zone.productionRateBase() == ProductionRateBase.STARTED ? started : current.size();
        BigDecimal funds = current.stream()
                .map(Signed::funds)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        return new InvestmentSummary(
                change(amount(current, zone), amount(prior, zone)),
                change(count5020(current, zone), count5020(prior, zone)),
                current.size(),
                percent(started, current.size()),
                percent(producing, base),
                funds);
    }

    @Override
    public Map<String, BigDecimal[]> signedByChainAndMonth(UUID zoneId, int year) {
        InvestmentSettings zone = settings.settings(zoneId);
        Map<String, BigDecimal[]> byChain = new TreeMap<>();
        for (Signed p : signedIn(zoneId, year)) {
            BigDecimal[] months = byChain.computeIfAbsent(p.chain() == null ? "" : p.chain(), c -> zeros());
            int month = p.signedOn().getMonthValue() - 1;
            months[month] = months[month].add(wan(p, zone));
        }
        return byChain;
    }

    @Override
    public List<StageCount> funnel(UUID zoneId, int year) {
        List<String> stages = jdbc.sql("""
                        select stage from investment.project
                        where zone_id = :zone
                          and extract(year from coalesce(lead_on, negotiating_on, signed_on)) = :year
                        """)
                .param("zone", zoneId)
                .param("year", year)
                .query(String.class)
                .list();
        List<StageCount> counts = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            long reached = stages.stream()
                    .map(Stage::valueOf)
                    .filter(s -> s.reached(stage))
                    .count();
            counts.add(new StageCount(stage, reached));
        }
        return counts;
    }

    private List<Signed> signedIn(UUID zoneId, int year) {
        return jdbc.sql("""
                        select capital_source, amount, chain, signed_on, started_on, production_on, funds_in_place
                        from investment.project
                        where zone_id = :zone and signed_on between :from and :to
                        """)
                .param("zone", zoneId)
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new Signed(
                        CapitalSource.valueOf(rs.getString(1)),
                        rs.getBigDecimal(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getBigDecimal(7)))
                .list();
    }

    private static BigDecimal wan(Signed p, InvestmentSettings zone) {
        if (p.amount() == null) {
            return BigDecimal.ZERO;
        }
        return p.source() == CapitalSource.FOREIGN ? p.amount().multiply(zone.usdRate()) : p.amount();
    }

    private static BigDecimal amount(List<Signed> projects, InvestmentSettings zone) {
        return projects.stream()
                .map(p -> wan(p, zone))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal count5020(List<Signed> projects, InvestmentSettings zone) {
        return BigDecimal.valueOf(projects.stream()
                .filter(p -> zone.is5020(p.source(), p.amount()))
                .count());
    }

    private static InvestmentSummary.Change change(BigDecimal current, BigDecimal prior) {
        BigDecimal yoy = prior.signum() == 0
                ? null
                : current.subtract(prior).multiply(HUNDRED).divide(prior, 2, RoundingMode.HALF_UP);
        return new InvestmentSummary.Change(current, prior, yoy);
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static boolean by(LocalDate date, LocalDate end) {
        return date != null && !date.isAfter(end);
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] months = new BigDecimal[12];
        Arrays.fill(months, BigDecimal.ZERO);
        return months;
    }
}

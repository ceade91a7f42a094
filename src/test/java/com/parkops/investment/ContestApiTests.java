package com.parkops.investment;

import static com.parkops.investment.ContestFixture.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The 三比三促 ranking of three teams in the first quarter of 2025, computed by hand.
 *
 * <pre>
 * team  signed (万元)            started  funds
 * 甲    10000 + 500×7.0 = 13500   1        3000 + 1000 = 4000
 * 乙    9000                      2        6000
 * 丙    4500                      0        500     (a lost 50000 and an April signing do not count)
 * best  13500                     2        6000
 * 40/30/30: 甲 40 + 15 + 20 = 75.00; 乙 26.67 + 30 + 30 = 86.67; 丙 13.33 + 0 + 2.50 = 15.83
 * 50/25/25: 甲 50 + 12.50 + 16.67 = 79.17; 乙 33.33 + 25 + 25 = 83.33; 丙 16.67 + 0 + 2.08 = 18.75
 * </pre>
 */
@IntegrationTest
class ContestApiTests {

    private static final String Q1 = "/api/v1/investment/contest?year=2025&quarter=1";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestZones testZones;

    @Test
    void shouldRankThreeTeamsByWeightedShareOfTheBestValue() {
        ContestFixture f = new ContestFixture(mvc, jdbc, testZones);
        UUID a = threeTeams(f);

        JsonNode table = body(f.get(f.zone.leader(), Q1));
        JsonNode standings = table.get("standings");
        assertThat(standings).hasSize(3);
        assertThat(standings.findValuesAsString("teamName")).containsExactly("乙队", "甲队", "丙队");
        assertThat(standings.get(0).get("score").decimalValue()).isEqualByComparingTo("86.67");
        assertThat(standings.get(1).get("score").decimalValue()).isEqualByComparingTo("75.00");
        assertThat(standings.get(2).get("score").decimalValue()).isEqualByComparingTo("15.83");
        assertThat(standings.findValues("rank").stream().map(JsonNode::asInt)).containsExactly(1, 2, 3);

        JsonNode first = standings.get(1);
        assertThat(first.get("signedAmount").get("value").decimalValue()).isEqualByComparingTo("13500");
        assertThat(first.get("signedAmount").get("target").decimalValue()).isEqualByComparingTo("15000");
        assertThat(first.get("signedAmount").get("targetPercent").decimalValue())
                .isEqualByComparingTo("90.00");
        assertThat(first.get("projectsStarted").get("score").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(first.get("fundsInPlace").get("value").decimalValue()).isEqualByComparingTo("4000");
        assertThat(first.get("fundsInPlace").get("score").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(standings.get(2).get("signedAmount").get("targetPercent").isNull())
                .isTrue();

        assertThat(f.put(
                        f.zone.admin(),
                        "/api/v1/investment/contest/weights",
                        "{\"signed\":50,\"started\":25,\"funds\":25}"))
                .hasStatusOk();
        JsonNode reweighted = body(f.get(f.zone.staff(), Q1)).get("standings");
        assertThat(java.util.stream.StreamSupport.stream(reweighted.spliterator(), false)
                        .map(s -> s.get("score").decimalValue().setScale(2)))
                .containsExactly(new BigDecimal("83.33"), new BigDecimal("79.17"), new BigDecimal("18.75"));
        assertThat(f.audits(ContestLeague.ENTITY)).isEqualTo(1);

        JsonNode year = body(f.get(f.zone.staff(), "/api/v1/investment/contest?year=2025"))
                .get("standings");
        JsonNode yearA = java.util.stream.StreamSupport.stream(year.spliterator(), false)
                .filter(s -> s.get("teamId").asString().equals(a.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(yearA.get("signedAmount").get("value").decimalValue()).isEqualByComparingTo("13500");
    }

    @Test
    void shouldRefuseWeightsThatDoNotSumToAHundred() {
        ContestFixture f = new ContestFixture(mvc, jdbc, testZones);
        String uri = "/api/v1/investment/contest/weights";
        MvcTestResult refused = f.put(f.zone.admin(), uri, "{\"signed\":50,\"started\":30,\"funds\":30}");
        assertThat(refused).hasStatus(422);
        assertThat(body(refused).get("errors").findValuesAsString("field")).containsExactly("weights");
        assertThat(body(refused).get("errors").toString()).contains("110");
        assertThat(f.put(f.zone.admin(), uri, "{\"signed\":-10,\"started\":80,\"funds\":30}"))
                .hasStatus(422);
        assertThat(f.put(f.zone.staff(), uri, "{\"signed\":40,\"started\":30,\"funds\":30}"))
                .hasStatus(403);
        JsonNode weights = body(f.get(f.zone.staff(), uri));
        assertThat(weights.get("signed").asInt()).isEqualTo(40);
        assertThat(weights.get("version").asInt()).isZero();
        assertThat(f.audits(ContestLeague.ENTITY)).isZero();
        assertThat(f.get(f.zone.staff(), "/api/v1/investment/contest?year=2025&quarter=5"))
                .hasStatus(422);
    }

    /** The three teams and their projects; returns 甲's id. */
    private static UUID threeTeams(ContestFixture f) {
        UUID a = f.team("甲队", true);
        UUID b = f.team("乙队", true);
        UUID c = f.team("丙队", true);
        UUID idle = f.team("丁队", false);
        f.project("STARTED")
                .team(a)
                .amount("10000")
                .signed("2025-02-01")
                .started("2025-03-01")
                .funds("3000")
                .insert();
        f.project("SIGNED")
                .team(a)
                .usd("500", "7.0")
                .signed("2025-01-15")
                .funds("1000")
                .insert();
        f.project("STARTED")
                .team(b)
                .amount("9000")
                .signed("2025-03-10")
                .started("2025-03-20")
                .funds("6000")
                .insert();
        f.project("STARTED")
                .team(b)
                .amount("5000")
                .signed("2024-11-01")
                .started("2025-02-01")
                .funds("2000")
                .insert();
        f.project("SIGNED")
                .team(c)
                .amount("4500")
                .signed("2025-01-20")
                .funds("500")
                .insert();
        f.project("SIGNED")
                .team(c)
                .amount("20000")
                .signed("2025-04-01")
                .funds("8000")
                .insert();
        f.project("SIGNED")
                .team(c)
                .amount("50000")
                .signed("2025-01-05")
                .funds("9000")
                .lost()
                .insert();
        f.project("SIGNED").team(idle).amount("90000").signed("2025-01-05").insert();
        f.jdbc.sql("insert into investment.team_target (zone_id, team_id, year, signed_amount, projects_started)"
                        + " values (:zone, :team, 2025, 60000, 6)")
                .param("zone", f.zone.id())
                .param("team", a)
                .update();
        return a;
    }
}

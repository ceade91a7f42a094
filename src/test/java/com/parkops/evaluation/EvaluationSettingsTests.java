package com.parkops.evaluation;

import static com.parkops.evaluation.LifecycleCalls.RUNS;
import static com.parkops.evaluation.LifecycleCalls.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The objection window setting: 3..7 days, 5 by default, used when a run is published. */
@IntegrationTest
class EvaluationSettingsTests {

    private static final String SETTINGS = "/api/v1/evaluation/settings";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestZones testZones;

    @Test
    void shouldKeepTheObjectionWindowBetweenThreeAndSevenDays() {
        LifecycleCalls calls = new LifecycleCalls(mvc, jdbc, testZones);
        String staff = calls.zone.staff();
        assertThat(calls.getJson(staff, SETTINGS).get("objectionDays").asInt()).isEqualTo(5);

        for (String days : new String[] {"2", "8", "null"}) {
            MvcTestResult refused = calls.put(staff, SETTINGS, "{\"objectionDays\":" + days + "}");
            assertThat(refused).as(days).hasStatus(422);
            assertThat(body(refused).get("errors").toString()).contains("objectionDays", "3 至 7");
        }
        MvcTestResult saved = calls.put(staff, SETTINGS, "{\"objectionDays\":7}");
        assertThat(saved).hasStatusOk();
        assertThat(body(saved).get("objectionDays").asInt()).isEqualTo(7);
        int version = body(saved).get("version").asInt();
        assertThat(calls.put(staff, SETTINGS, "{\"objectionDays\":6,\"version\":" + (version - 1) + "}"))
                .hasStatus(409);
        assertThat(calls.put(calls.zone.leader(), SETTINGS, "{\"objectionDays\":6}"))
                .hasStatus(403);

        String run = calls.published();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(calls.getJson(staff, RUNS + run).get("objectionUntil").asString())
                .isEqualTo(today.plusDays(7).toString());
        assertThat(calls.audits("evaluation-settings")).isEqualTo(1);
    }
}

package com.parkops.evaluation;

import static com.parkops.evaluation.LifecycleCalls.JSON;
import static com.parkops.evaluation.LifecycleCalls.RUNS;
import static com.parkops.evaluation.LifecycleCalls.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** An upheld objection → a corrected run → publishing it supersedes the old run. */
@IntegrationTest
class CorrectionApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestZones testZones;

    LifecycleCalls calls;

    @BeforeEach
    void sampleZone() {
        calls = new LifecycleCalls(mvc, jdbc, testZones);
    }

    @Test
    void shouldSupersedeTheRunOnceTheCorrectionOfAnUpheldObjectionIsPublished() {
        String staff = calls.zone.staff();
        String run = calls.draft();
        String vetoed = calls.codes.get(3);
        assertThat(calls.post(
                        staff,
                        RUNS + run + "/decisions",
                        JSON.writeValueAsString(Map.of(
                                "creditCode", vetoed,
                                "kind", "VETO",
                                "code", "safety",
                                "reason", "2021 年 6 月发生较大安全生产事故",
                                "approver", "管委会主任办公会"))))
                .hasStatus(201);
        assertThat(calls.post(staff, RUNS + run + "/publish", null)).hasStatusOk();
        String objecting = uncappedTax(run);
        String clerk = calls.clerkOf(objecting);
        String objection = body(calls.file(clerk, run, "税金漏计")).get("id").asString();
        MvcTestResult early = calls.post(staff, RUNS + run + "/correct", null);
        assertThat(early)
                .as("correcting while the objection is pending is allowed, publishing the correction is not")
                .hasStatus(201);
        String correction = body(early).get("id").asString();
        assertThat(calls.post(staff, RUNS + correction + "/publish", null)).hasStatus(409);
        assertThat(calls.delete(staff, RUNS + correction)).hasStatus(204);

        assertThat(calls.decide(staff, objection, "UPHELD", "经税务部门核实，确有漏计")).hasStatusOk();
        MvcTestResult upheld = calls.post(staff, RUNS + run + "/finalize", null);
        assertThat(upheld).hasStatus(409);
        assertThat(body(upheld).get("detail").asString()).contains("已被支持", "更正批次");

        // the clerk's figure is corrected in the monitoring first: more tax lifts the score
        calls.raiseDecemberTax(objecting, 2021, "100");
        MvcTestResult corrected = calls.post(staff, RUNS + run + "/correct", null);
        assertThat(corrected).hasStatus(201);
        JsonNode draft = body(corrected);
        String newRun = draft.get("id").asString();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("supersedes").asString()).isEqualTo(run);
        assertThat(draft.get("scheme"))
                .isEqualTo(calls.getJson(staff, RUNS + run).get("scheme"));
        assertThat(calls.post(staff, RUNS + run + "/correct", null)).hasStatus(409);
        assertThat(calls.result(newRun, vetoed).get("grade").asString()).isEqualTo("D");
        assertThat(calls.getJson(staff, RUNS + newRun + "/decisions")).hasSize(1);
        assertThat(calls.result(newRun, objecting).get("score").decimalValue())
                .isGreaterThan(calls.result(run, objecting).get("score").decimalValue());
        MvcTestResult pendingCorrection = calls.post(staff, RUNS + run + "/finalize", null);
        assertThat(pendingCorrection).hasStatus(409);
        assertThat(body(pendingCorrection).get("detail").asString()).contains("更正批次草稿");

        assertThat(calls.post(staff, RUNS + newRun + "/publish", null)).hasStatusOk();
        JsonNode old = calls.getJson(staff, RUNS + run);
        assertThat(old.get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(old.get("supersededBy").asString()).isEqualTo(newRun);
        assertThat(calls.getJson(staff, RUNS + run + "/objections")).hasSize(1);
        assertThat(calls.getJson(clerk, RUNS + run + "/objections")).hasSize(1);
        assertThat(calls.post(staff, RUNS + run + "/correct", null)).hasStatus(409);
        assertThat(calls.post(staff, RUNS + newRun + "/finalize", null)).hasStatusOk();
        assertThat(jdbc.sql("""
                        select count(*) from zone.audit_event
                        where zone_id = :zone and entity_type = 'evaluation-run' and action in ('correct', 'supersede')
                        """)
                        .param("zone", calls.zone.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(3L);
    }

    /** A graded enterprise whose tax score is below its cap, so that more tax lifts its total. */
    private String uncappedTax(String run) {
        for (JsonNode result : calls.getJson(calls.zone.staff(), RUNS + run + "/results")) {
            JsonNode tax = result.get("indicators").get(0);
            if (result.get("rank").isNumber()
                    && tax.get("code").asString().equals("taxPerMu")
                    && !tax.get("capped").asBoolean()) {
                return result.get("creditCode").asString();
            }
        }
        throw new AssertionError("every tax score is capped");
    }

    @Test
    void shouldOnlyCorrectPublishedRuns() {
        String draft = calls.draft();
        assertThat(calls.post(calls.zone.staff(), RUNS + draft + "/correct", null))
                .hasStatus(409);
        assertThat(calls.post(calls.zone.leader(), RUNS + draft + "/correct", null))
                .hasStatus(403);
    }
}

package com.parkops.evaluation;

import static com.parkops.evaluation.LifecycleCalls.JSON;
import static com.parkops.evaluation.LifecycleCalls.RUNS;
import static com.parkops.evaluation.LifecycleCalls.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Vetoes, adjustments (调档) and manual items on drafts: they re-grade, and need reason and approver. */
@IntegrationTest
class DecisionApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestZones testZones;

    LifecycleCalls calls;
    String run;
    String top;

    @BeforeEach
    void draftOfTheSampleZone() {
        calls = new LifecycleCalls(mvc, jdbc, testZones);
        run = calls.draft();
        top = calls.codes.get(0);
        assertThat(calls.result(run, top).get("grade").asString()).isEqualTo("A");
    }

    @Test
    void shouldForceGradeDWithAVetoAndRestoreItWhenTheVetoIsRemoved() {
        MvcTestResult vetoed = decide(Map.of("kind", "VETO", "code", "safety"));
        assertThat(vetoed).hasStatus(201);
        JsonNode decision = body(vetoed);
        assertThat(decision.get("creditCode").asString()).isEqualTo(top);
        assertThat(decision.get("approver").asString()).isEqualTo("管委会主任办公会");
        assertThat(decision.get("decidedBy").asString()).isEqualTo(calls.zone.staff());
        JsonNode result = calls.result(run, top);
        assertThat(result.get("grade").asString()).isEqualTo("D");
        assertThat(result.get("computedGrade").asString()).isEqualTo("A");
        assertThat(decide(Map.of("kind", "VETO", "code", "environment"))).hasStatus(409);

        assertThat(calls.delete(
                        calls.zone.staff(),
                        RUNS + run + "/decisions/" + decision.get("id").asString()))
                .hasStatus(204);
        assertThat(calls.result(run, top).get("grade").asString()).isEqualTo("A");
        assertThat(calls.getJson(calls.zone.leader(), RUNS + run + "/decisions"))
                .isEmpty();
        assertThat(calls.audits("evaluation-decision")).isEqualTo(2);
    }

    @Test
    void shouldMoveOneGradeWithAnAdjustmentAndAddTheManualItemsPoints() {
        assertThat(decide(Map.of("kind", "ADJUST", "steps", -1))).hasStatus(201);
        assertThat(calls.result(run, top).get("grade").asString()).isEqualTo("B");
        assertThat(decide(Map.of("kind", "ADJUST", "steps", 1))).hasStatus(409);

        String second = calls.codes.get(1);
        BigDecimal before = calls.result(run, second).get("score").decimalValue();
        Map<String, Object> item = new HashMap<>(Map.of("kind", "ITEM", "code", "export"));
        item.put("creditCode", second);
        assertThat(decide(item)).hasStatus(201);
        JsonNode result = calls.result(run, second);
        assertThat(result.get("score").decimalValue()).isEqualByComparingTo(before.add(new BigDecimal("5")));
        assertThat(result.get("items").toString()).contains("export");
        assertThat(decide(item)).hasStatus(409);
        assertThat(calls.getJson(calls.zone.staff(), RUNS + run + "/decisions?creditCode=" + second))
                .hasSize(1);
    }

    @Test
    void shouldRequireReasonApproverAndKnownCodes() {
        Map<String, Object> noApprover = new HashMap<>(Map.of("creditCode", top, "kind", "VETO", "code", "safety"));
        noApprover.put("reason", "事故");
        MvcTestResult refused =
                calls.post(calls.zone.staff(), RUNS + run + "/decisions", JSON.writeValueAsString(noApprover));
        assertThat(refused).hasStatus(422);
        assertThat(body(refused).get("errors").toString()).contains("approver").doesNotContain("\"reason\"");
        MvcTestResult nothing = calls.post(calls.zone.staff(), RUNS + run + "/decisions", "{}");
        assertThat(body(nothing).get("errors").toString()).contains("creditCode", "kind", "reason", "approver");

        assertThat(body(decide(Map.of("kind", "VETO", "code", "fire")))
                        .get("errors")
                        .toString())
                .contains("safety", "environment");
        assertThat(body(decide(Map.of("kind", "ITEM", "code", "hightech")))
                        .get("errors")
                        .toString())
                .as("an item that applies by qualification is not applied by hand")
                .contains("hightech");
        assertThat(decide(Map.of("kind", "ADJUST", "steps", 2))).hasStatus(422);
        assertThat(decide(Map.of("kind", "NUDGE"))).hasStatus(422);
        Map<String, Object> stranger = new HashMap<>(Map.of("kind", "ADJUST", "steps", 1));
        stranger.put("creditCode", "91360981000000000X");
        assertThat(decide(stranger)).hasStatus(422);
        assertThat(calls.audits("evaluation-decision")).isZero();
    }

    @Test
    void shouldRefuseDecisionsOnPublishedRunsAndToLeaders() {
        MvcTestResult veto = decide(Map.of("kind", "VETO", "code", "safety"));
        String id = body(veto).get("id").asString();
        Map<String, Object> asLeader = request(Map.of("kind", "VETO", "code", "environment"));
        assertThat(calls.post(calls.zone.leader(), RUNS + run + "/decisions", JSON.writeValueAsString(asLeader)))
                .hasStatus(403);

        assertThat(calls.post(calls.zone.staff(), RUNS + run + "/publish", null))
                .hasStatusOk();
        MvcTestResult published = decide(Map.of("kind", "ADJUST", "steps", 1));
        assertThat(published).hasStatus(409);
        assertThat(body(published).get("detail").asString()).contains("草稿");
        assertThat(calls.delete(calls.zone.staff(), RUNS + run + "/decisions/" + id))
                .hasStatus(409);
        assertThat(calls.result(run, top).get("grade").asString()).isEqualTo("D");
    }

    private MvcTestResult decide(Map<String, Object> fields) {
        return calls.post(calls.zone.staff(), RUNS + run + "/decisions", JSON.writeValueAsString(request(fields)));
    }

    private Map<String, Object> request(Map<String, Object> fields) {
        Map<String, Object> request = new HashMap<>();
        request.put("creditCode", top);
        request.put("reason", "经核实");
        request.put("approver", "管委会主任办公会");
        request.putAll(fields);
        return request;
    }
}

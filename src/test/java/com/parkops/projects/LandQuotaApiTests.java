package com.parkops.projects;

import static com.parkops.projects.LandFixture.json;
import static com.parkops.projects.LandFixture.post;
import static com.parkops.projects.LandFixture.send;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestEnterprises;
import com.parkops.support.TestZones;
import com.parkops.zone.AuditLog;
import com.parkops.zone.AuditRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A land-quota request through approval and allocations over the API, with every refusal. */
@IntegrationTest
class LandQuotaApiTests {

    private static final String REQUESTS = "/api/v1/projects/land/requests";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones zones;

    @Autowired
    TestEnterprises enterprises;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    TestZones.TestZone zone;
    UUID project;

    @BeforeEach
    void zone() {
        zone = zones.create();
        project = LandFixture.project(jdbc, zone.id(), "P-" + zone.suffix());
    }

    private String requested(String mu) {
        MvcTestResult created = post(
                mvc,
                REQUESTS,
                zone.staff(),
                Map.of(
                        "projectId", project,
                        "mu", mu,
                        "purpose", "新建厂房",
                        "requestedOn", "2025-03-01",
                        "requestedBy", "浙江某某科技"));
        assertThat(created).hasStatus(201);
        assertThat((String) json(created, "$.state")).isEqualTo("REQUESTED");
        return json(created, "$.id");
    }

    @Test
    void shouldApproveLessThanRequestedAllocateInStepsAndRefuseEveryIllegalMove() {
        String id = requested("120.50");
        String one = REQUESTS + "/" + id;

        assertThat(post(
                        mvc,
                        one + "/allocations",
                        zone.staff(),
                        Map.of("version", 0, "mu", "10", "allocatedOn", "2025-04-01", "parcel", "A-1")))
                .hasStatus(409);
        assertThat(post(
                        mvc,
                        one + "/approve",
                        zone.leader(),
                        Map.of("version", 0, "approvedMu", "130", "approver", "市自然资源局", "decidedOn", "2025-03-20")))
                .hasStatus(422);
        assertThat(post(
                        mvc,
                        one + "/approve",
                        zone.leader(),
                        Map.of("version", 0, "approvedMu", "100", "approver", "市自然资源局", "decidedOn", "2025-02-20")))
                .hasStatus(422);

        MvcTestResult approved = post(
                mvc,
                one + "/approve",
                zone.leader(),
                Map.of("version", 0, "approvedMu", "100", "approver", "市自然资源局", "decidedOn", "2025-03-20"));
        assertThat(approved).hasStatusOk();
        assertThat((String) json(approved, "$.state")).isEqualTo("APPROVED");
        assertThat(LandFixture.decimal(approved, "$.approvedMu")).isEqualByComparingTo("100.00");
        assertThat(post(
                        mvc,
                        one + "/reject",
                        zone.leader(),
                        Map.of("version", 1, "reason", "再议", "approver", "x", "decidedOn", "2025-03-21")))
                .hasStatus(409);
        assertThat(send(
                        mvc,
                        "PUT",
                        one,
                        zone.staff(),
                        Map.of(
                                "version",
                                1,
                                "projectId",
                                project,
                                "mu",
                                "90",
                                "purpose",
                                "x",
                                "requestedOn",
                                "2025-03-01",
                                "requestedBy",
                                "y")))
                .hasStatus(409);

        MvcTestResult partly = post(
                mvc,
                one + "/allocations",
                zone.staff(),
                Map.of("version", 1, "mu", "60", "allocatedOn", "2025-05-01", "parcel", "LH-2025-07"));
        assertThat(partly).hasStatus(201);
        assertThat((String) json(partly, "$.state")).isEqualTo("PARTLY_ALLOCATED");
        assertThat(post(
                        mvc,
                        one + "/allocations",
                        zone.staff(),
                        Map.of("version", 1, "mu", "10", "allocatedOn", "2025-05-02", "parcel", "B")))
                .as("stale version")
                .hasStatus(409);
        MvcTestResult over = post(
                mvc,
                one + "/allocations",
                zone.staff(),
                Map.of("version", 2, "mu", "40.01", "allocatedOn", "2025-06-01", "parcel", "LH-2025-08"));
        assertThat(over).hasStatus(422);
        assertThat((List<String>) json(over, "$.errors[*].field")).containsExactly("mu");

        MvcTestResult full = post(
                mvc,
                one + "/allocations",
                zone.staff(),
                Map.of("version", 2, "mu", "40", "allocatedOn", "2025-06-01", "parcel", "LH-2025-08"));
        assertThat((String) json(full, "$.state")).isEqualTo("ALLOCATED");
        assertThat(LandFixture.decimal(full, "$.remainingMu")).isEqualByComparingTo("0.00");
        assertThat(post(
                        mvc,
                        one + "/allocations",
                        zone.staff(),
                        Map.of("version", 3, "mu", "1", "allocatedOn", "2025-06-02", "parcel", "C")))
                .hasStatus(409);
        assertThat(send(mvc, "DELETE", one + "?version=3", zone.staff(), null)).hasStatus(409);

        String firstAllocation = json(full, "$.allocations[0].id");
        MvcTestResult back =
                send(mvc, "DELETE", one + "/allocations/" + firstAllocation + "?version=3", zone.staff(), null);
        assertThat((String) json(back, "$.state")).isEqualTo("PARTLY_ALLOCATED");
        assertThat(LandFixture.decimal(back, "$.allocatedMu")).isEqualByComparingTo("40.00");

        List<String> actions = audit.history(zone.id(), "land-request", id).stream()
                .map(AuditRecord::action)
                .toList();
        assertThat(actions).containsExactlyInAnyOrder("remove-allocation", "allocate", "allocate", "approve", "create");
    }

    @Test
    void shouldRejectWithAReasonAndThenAllowDeletingOnly() {
        String one = REQUESTS + "/" + requested("30");
        MvcTestResult noReason = post(
                mvc,
                one + "/reject",
                zone.staff(),
                Map.of("version", 0, "reason", " ", "approver", "市自然资源局", "decidedOn", "2025-03-10"));
        assertThat(noReason).hasStatus(422);
        assertThat((List<String>) json(noReason, "$.errors[*].field")).containsExactly("reason");

        MvcTestResult rejected = post(
                mvc,
                one + "/reject",
                zone.staff(),
                Map.of("version", 0, "reason", "不符合土地利用总体规划", "approver", "市自然资源局", "decidedOn", "2025-03-10"));
        assertThat((String) json(rejected, "$.state")).isEqualTo("REJECTED");
        assertThat((Object) json(rejected, "$.approvedMu")).isNull();
        assertThat(post(
                        mvc,
                        one + "/approve",
                        zone.staff(),
                        Map.of("version", 1, "approvedMu", "30", "approver", "x", "decidedOn", "2025-03-11")))
                .hasStatus(409);
        assertThat(send(mvc, "DELETE", one + "?version=1", zone.staff(), null)).hasStatus(204);
        assertThat(get(mvc, one, zone.staff())).hasStatus(404);
    }

    @Test
    void shouldRefuseBadInputWithEveryProblemAndWriteNothing() {
        MvcTestResult bad = post(
                mvc,
                REQUESTS,
                zone.staff(),
                Map.of(
                        "projectId", UUID.randomUUID(),
                        "mu", "-1",
                        "purpose", "",
                        "requestedOn", LocalDate.now().plusDays(3).toString(),
                        "requestedBy", "某公司"));
        assertThat(bad).hasStatus(422);
        assertThat((List<String>) json(bad, "$.errors[*].field"))
                .containsExactlyInAnyOrder("projectId", "mu", "purpose", "requestedOn");
        assertThat((List<?>) json(get(mvc, REQUESTS, zone.staff()), "$")).isEmpty();
        assertThat(post(
                        mvc,
                        REQUESTS,
                        zone.staff(),
                        Map.of(
                                "projectId",
                                project,
                                "mu",
                                "1.005",
                                "purpose",
                                "x",
                                "requestedOn",
                                "2025-01-01",
                                "requestedBy",
                                "y")))
                .hasStatus(422);
    }

    @Test
    void shouldKeepEnterpriseUsersAndOtherZonesOut() {
        String one = REQUESTS + "/" + requested("10");
        var enterprise = enterprises.register(zone.id(), "某企业");
        String clerk = zones.enterpriseUser(zone, enterprise.id());
        assertThat(get(mvc, REQUESTS, clerk)).hasStatus(403);
        assertThat(get(mvc, "/api/v1/projects/land/summary?year=2025", clerk)).hasStatus(403);
        assertThat(post(mvc, REQUESTS, clerk, Map.of())).hasStatus(403);

        TestZones.TestZone other = zones.create();
        assertThat(get(mvc, one, other.staff())).hasStatus(404);
        assertThat(post(
                        mvc,
                        REQUESTS,
                        other.staff(),
                        Map.of(
                                "projectId",
                                project,
                                "mu",
                                "5",
                                "purpose",
                                "x",
                                "requestedOn",
                                "2025-01-01",
                                "requestedBy",
                                "y")))
                .hasStatus(422);
        assertThat(post(
                        mvc,
                        one + "/approve",
                        zone.leader(),
                        Map.of("version", 0, "approvedMu", "10", "approver", "x", "decidedOn", "2025-03-02")))
                .hasStatusOk();
        assertThat(post(
                        mvc,
                        one + "/allocations",
                        zone.leader(),
                        Map.of("version", 1, "mu", "1", "allocatedOn", "2025-04-01", "parcel", "A")))
                .as("leaders approve, clerks allocate")
                .hasStatus(403);
    }
}

package com.parkops.investment;

import static com.parkops.investment.ContestFixture.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestEnterprises;
import com.parkops.support.TestZones;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** A project's signed contract through the API: create, read, edit with a version, refuse bad fields. */
@IntegrationTest
class ContractApiTests {

    private static final String VALID = """
            {"contractNo":"HT-2024-001","signedOn":"2024-03-01","investor":"某新材料有限公司","amount":52000,
             "landMu":120.5,"promisedIntensity":430,"promisedTaxPerMu":18.5,"promisedOutput":90000,
             "plannedStartOn":"2024-06-01","plannedProductionOn":"2025-10-01","note":"一期"}
            """;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestZones testZones;

    @Autowired
    TestEnterprises enterprises;

    @Test
    void shouldCreateReadAndEditAContractWithItsVersion() {
        ContestFixture f = new ContestFixture(mvc, jdbc, testZones);
        UUID project = f.project("SIGNED").amount("52000").signed("2024-03-01").insert();
        String uri = "/api/v1/investment/projects/" + project + "/contract";
        assertThat(f.get(f.zone.staff(), uri)).hasStatus(404);

        MvcTestResult created = f.put(f.zone.staff(), uri, VALID);
        assertThat(created).hasStatusOk();
        JsonNode contract = body(created);
        assertThat(contract.get("contractNo").asString()).isEqualTo("HT-2024-001");
        assertThat(contract.get("promisedTaxPerMu").decimalValue()).isEqualByComparingTo("18.5");
        assertThat(contract.get("currency").asString()).isEqualTo("CNY");
        assertThat(contract.get("version").asInt()).isEqualTo(1);

        JsonNode read = body(f.get(f.zone.leader(), uri));
        assertThat(read.get("plannedProductionOn").asString()).isEqualTo("2025-10-01");

        String edit = VALID.replace("18.5", "20").replace("}", ",\"version\":1}");
        MvcTestResult edited = f.put(f.zone.staff(), uri, edit);
        assertThat(edited).hasStatusOk();
        assertThat(body(edited).get("promisedTaxPerMu").decimalValue()).isEqualByComparingTo("20");
        assertThat(body(edited).get("version").asInt()).isEqualTo(2);
        assertThat(f.put(f.zone.staff(), uri, edit)).as("stale version").hasStatus(409);
        assertThat(f.put(f.zone.staff(), uri, VALID))
                .as("no version on an edit")
                .hasStatus(409);
        assertThat(f.audits(ContractRegister.ENTITY)).isEqualTo(2);
    }

    @Test
    void shouldRefuseEveryBadFieldAndWriteNothing() {
        ContestFixture f = new ContestFixture(mvc, jdbc, testZones);
        UUID project = f.project("SIGNED").insert();
        String uri = "/api/v1/investment/projects/" + project + "/contract";
        String bad = """
                {"contractNo":" ","signedOn":"2999-01-01","investor":"甲","amount":-5,"landMu":10,
                 "promisedTaxPerMu":0,"promisedOutput":12.345,
                 "plannedStartOn":"2024-06-01","plannedProductionOn":"2024-05-01"}
                """;
        MvcTestResult refused = f.put(f.zone.staff(), uri, bad);
        assertThat(refused).hasStatus(422);
        JsonNode errors = body(refused).get("errors");
        assertThat(errors.findValuesAsString("field"))
                .containsExactlyInAnyOrder(
                        "contractNo",
                        "signedOn",
                        "amount",
                        "promisedTaxPerMu",
                        "promisedOutput",
                        "plannedProductionOn");
        assertThat(errors.toString()).contains("必填", "大于 0");
        assertThat(f.get(f.zone.staff(), uri)).hasStatus(404);
        assertThat(f.audits(ContractRegister.ENTITY)).isZero();

        UUID other = f.project("SIGNED").insert();
        assertThat(f.put(f.zone.staff(), uri, VALID)).hasStatusOk();
        MvcTestResult taken = f.put(f.zone.staff(), "/api/v1/investment/projects/" + other + "/contract", VALID);
        assertThat(taken).hasStatus(422);
        assertThat(body(taken).get("errors").findValuesAsString("field")).containsExactly("contractNo");
    }

    @Test
    void shouldLetLeadersReadOnlyAndKeepEnterprisesAndOtherZonesOut() {
        ContestFixture f = new ContestFixture(mvc, jdbc, testZones);
        UUID project = f.project("SIGNED").insert();
        String uri = "/api/v1/investment/projects/" + project + "/contract";
        assertThat(f.put(f.zone.leader(), uri, VALID)).hasStatus(403);
        var enterprise = enterprises.register(f.zone.id(), "某企业");
        String entUser = testZones.enterpriseUser(f.zone, enterprise.id());
        assertThat(f.get(entUser, uri)).hasStatus(403);
        assertThat(f.put(entUser, uri, VALID)).hasStatus(403);

        var elsewhere = testZones.create();
        assertThat(f.put(elsewhere.staff(), uri, VALID)).hasStatus(404);
        assertThat(f.put(f.zone.staff(), "/api/v1/investment/projects/" + UUID.randomUUID() + "/contract", VALID))
                .hasStatus(404);
    }
}

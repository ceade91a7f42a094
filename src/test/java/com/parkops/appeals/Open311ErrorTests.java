package com.parkops.appeals;

import static com.parkops.appeals.AppealsFixture.body;
import static com.parkops.appeals.Open311Schemas.assertValid;
import static com.parkops.appeals.Open311Schemas.children;
import static com.parkops.appeals.Open311Schemas.names;
import static com.parkops.appeals.Open311Schemas.text;
import static com.parkops.appeals.Open311Schemas.xml;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.parkops.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Element;

/**
 * Open311 errors as the specification has them ({@code [{"code":…,"description":…}]} and
 * {@code <errors><error>}) with their HTTP status, nothing written on a refusal, and the keys' API.
 */
@IntegrationTest
class Open311ErrorTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    AppealsFixture f;
    Open311Calls client;

    @BeforeEach
    void zone() {
        f = AppealsFixture.create(context);
        client = Open311Calls.issue(mvc, f, "网格平台");
    }

    @Test
    void shouldRefuseABadRequestWith400InBothFormatsAndWriteNothing() {
        Map<String, String> noCode = Open311Calls.request("POLICY", "道路积水");
        noCode.remove("service_code");
        MvcTestResult json = client.post("json", noCode);
        assertThat(json).hasStatus(400).hasContentType("application/json;charset=UTF-8");
        assertValid("errors", body(json));
        assertThat((Integer) JsonPath.read(body(json), "$[0].code")).isEqualTo(400);
        assertThat((String) JsonPath.read(body(json), "$[0].description")).startsWith("service_code");

        MvcTestResult xmlResult = client.post("xml", noCode);
        assertThat(xmlResult).hasStatus(400).hasContentType("text/xml;charset=UTF-8");
        Element errors = xml(body(xmlResult));
        assertThat(errors.getTagName()).isEqualTo("errors");
        Element error = children(errors).get(0);
        assertThat(error.getTagName()).isEqualTo("error");
        assertThat(names(error)).containsExactly("code", "description");
        assertThat(text(error, "code")).isEqualTo("400");

        Map<String, String> bad = Open311Calls.request("LABOUR_DISPUTE", "拖欠工资");
        bad.remove("lat");
        bad.remove("long");
        bad.remove("address_string");
        bad.put("attribute[type]", "PRAISE");
        bad.put("attribute[amount_owed]", "many");
        bad.put("media_url", "ftp://x");
        MvcTestResult many = client.post("json", bad);
        assertThat(many).hasStatus(400);
        assertValid("errors", body(many));
        assertThat((List<String>) JsonPath.read(body(many), "$[*].description"))
                .anyMatch(d -> d.startsWith("lat"))
                .anyMatch(d -> d.startsWith("attribute[type]"))
                .anyMatch(d -> d.startsWith("attribute[amount_owed]"))
                .anyMatch(d -> d.startsWith("media_url"));

        Map<String, String> noEnterprise = Open311Calls.request("POLICY", "道路积水");
        noEnterprise.remove("attribute[enterprise_name]");
        MvcTestResult intake = client.post("json", noEnterprise);
        assertThat(intake).hasStatus(400);
        assertThat((String) JsonPath.read(body(intake), "$[0].description")).startsWith("attribute[enterprise_name]");

        MvcTestResult badLat = client.post("json", Map.of("service_code", "POLICY", "lat", "north", "long", "1"));
        assertThat(badLat).hasStatus(400);
        assertThat(jdbc.sql("select count(*) from appeals.appeal where zone_id = :zone")
                        .param("zone", f.zone().id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void shouldAnswer403ForAMissingOrBadKeyAnd404ForWhatDoesNotExist() {
        Map<String, String> request = Open311Calls.request("POLICY", "道路积水");
        MvcTestResult noKey = mvc.post()
                .uri("/open311/v2/requests.json")
                .param("service_code", "POLICY")
                .exchange();
        assertThat(noKey).hasStatus(403);
        assertValid("errors", body(noKey));
        request.put("api_key", "o311_not-a-key");
        MvcTestResult badKey = client.post("json", request);
        assertThat(badKey).hasStatus(403);
        assertThat((Integer) JsonPath.read(body(badKey), "$[0].code")).isEqualTo(403);
        assertThat(client.get("requests.json", "api_key", "nope")).hasStatus(403);
        assertThat(text(children(xml(body(client.get("requests.xml")))).get(0), "code"))
                .isEqualTo("403");
        Open311Calls elsewhere = Open311Calls.issue(mvc, AppealsFixture.create(context), "b");
        assertThat(client.read("requests.json", "jurisdiction_id", elsewhere.zoneCode()))
                .hasStatus(403);

        MvcTestResult unknown = client.read("requests/SQ1999-000001.json");
        assertThat(unknown).hasStatus(404);
        assertValid("errors", body(unknown));
        assertThat(client.read("requests/SQ1999-000001.xml")).hasStatus(404);
        assertThat(client.read("tokens/nope.json")).hasStatus(404);
        assertThat(client.get("services.json", "jurisdiction_id", "no-such-zone"))
                .hasStatus(404);
        assertThat(client.get("services.json")).hasStatus(400);

        MvcTestResult format = client.get("services.csv", "jurisdiction_id", client.zoneCode());
        assertThat(format).hasStatus(400).hasContentType("text/xml;charset=UTF-8");
        assertThat(text(children(xml(body(format))).get(0), "description")).contains("csv");
    }

    @Test
    void shouldIssueListAndRevokeKeysAsAnAdministratorOnly() {
        assertThat(AppealsFixture.post(mvc, "/api/v1/appeals/open311-keys", f.centre(), Map.of("name", "x")))
                .hasStatus(403);
        assertThat(AppealsFixture.post(
                        mvc, "/api/v1/appeals/open311-keys", f.zone().admin(), Map.of("name", " ")))
                .hasStatus(422);
        assertThat(AppealsFixture.post(
                        mvc, "/api/v1/appeals/open311-keys", f.zone().admin(), Map.of("name", "网格平台")))
                .hasStatus(422);
        assertThat(client.get("services.json", "api_key", client.apiKey())).hasStatusOk();

        MvcTestResult listed = get(mvc, "/api/v1/appeals/open311-keys", f.zone().admin());
        assertThat(listed).hasStatusOk();
        assertThat(body(listed)).doesNotContain(client.apiKey());
        assertThat((String) JsonPath.read(body(listed), "$[0].name")).isEqualTo("网格平台");
        assertThat((String) JsonPath.read(body(listed), "$[0].lastUsedAt")).isNotNull();
        String id = JsonPath.read(body(listed), "$[0].id");
        assertThat(jdbc.sql("select key_hash from appeals.open311_key where zone_id = :zone")
                        .param("zone", f.zone().id())
                        .query(String.class)
                        .single())
                .hasSize(64)
                .isNotEqualTo(client.apiKey());

        assertThat(mvc.delete()
                        .uri("/api/v1/appeals/open311-keys/" + id)
                        .header(
                                "Authorization",
                                com.parkops.support.ApiCalls.basic(f.zone().admin()))
                        .exchange())
                .hasStatus(204);
        assertThat(client.post("json", Open311Calls.request("POLICY", "道路积水"))).hasStatus(403);
        assertThat(mvc.delete()
                        .uri("/api/v1/appeals/open311-keys/" + id)
                        .header(
                                "Authorization",
                                com.parkops.support.ApiCalls.basic(f.zone().admin()))
                        .exchange())
                .hasStatus(404);
        assertThat((String) JsonPath.read(
                        body(get(mvc, "/api/v1/appeals/open311-keys", f.zone().admin())), "$[0].revokedAt"))
                .isNotNull();
        assertThat(jdbc.sql("""
                        select action from zone.audit_event where zone_id = :zone and entity_type = 'open311-key'
                        order by occurred_at
                        """)
                        .param("zone", f.zone().id())
                        .query(String.class)
                        .list())
                .containsExactly("create", "revoke");
    }

    @Test
    void theSchemasThemselvesRefuseWhatTheSpecificationDoesNotAllow() {
        assertThat(Open311Schemas.valid(
                        "requests",
                        "[{\"service_request_id\":\"1\",\"status\":\"pending\","
                                + "\"service_code\":\"A\",\"requested_datetime\":\"2026-01-01T00:00:00+08:00\"}]"))
                .isFalse();
        assertThat(Open311Schemas.valid(
                        "requests",
                        "[{\"service_request_id\":\"1\",\"status\":\"open\","
                                + "\"service_code\":\"A\",\"requested_datetime\":\"yesterday\"}]"))
                .isFalse();
        assertThat(Open311Schemas.valid(
                        "services",
                        "[{\"service_code\":\"A\",\"service_name\":\"a\","
                                + "\"metadata\":false,\"type\":\"sometimes\"}]"))
                .isFalse();
        assertThat(Open311Schemas.valid("errors", "[{\"code\":\"400\",\"description\":\"x\"}]"))
                .isFalse();
    }
}

package com.parkops.appeals;

import static com.parkops.appeals.AppealsFixture.act;
import static com.parkops.appeals.AppealsFixture.body;
import static com.parkops.appeals.Open311Schemas.assertValid;
import static com.parkops.appeals.Open311Schemas.children;
import static com.parkops.appeals.Open311Schemas.names;
import static com.parkops.appeals.Open311Schemas.text;
import static com.parkops.appeals.Open311Schemas.xml;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.parkops.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Element;

/** Open311 GeoReport v2: every endpoint in JSON (schema-validated) and XML, and the error cases. */
@IntegrationTest
class Open311ApiTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AppealCategories categories;

    @Autowired
    JdbcClient jdbc;

    AppealsFixture f;
    Open311Calls client;

    @BeforeEach
    void zone() {
        f = AppealsFixture.create(context);
        client = Open311Calls.issue(mvc, f, "12345 平台");
    }

    @Test
    void shouldDescribeTheEndpointInDiscovery() {
        MvcTestResult json = client.get("discovery.json");
        assertThat(json).hasStatusOk().hasContentType("application/json;charset=UTF-8");
        assertValid("discovery", body(json));
        assertThat((String) JsonPath.read(body(json), "$.endpoints[0].url")).endsWith("/open311/v2");
        assertThat((List<String>) JsonPath.read(body(json), "$.endpoints[0].formats"))
                .containsExactly("text/xml", "application/json");

        MvcTestResult xml = client.get("discovery.xml");
        assertThat(xml).hasStatusOk().hasContentType("text/xml;charset=UTF-8");
        Element root = xml(body(xml));
        assertThat(root.getTagName()).isEqualTo("discovery");
        assertThat(names(root)).containsExactly("changeset", "contact", "key_service", "endpoints");
        Element endpoint = children(children(root).get(3)).get(0);
        assertThat(endpoint.getTagName()).isEqualTo("endpoint");
        assertThat(text(endpoint, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(names(children(endpoint).get(4))).containsExactly("format", "format");
    }

    @Test
    void shouldListTheActiveCategoriesAsServices() {
        MvcTestResult json = client.get("services.json", "jurisdiction_id", client.zoneCode());
        assertThat(json).hasStatusOk();
        assertValid("services", body(json));
        List<String> codes = JsonPath.read(body(json), "$[*].service_code");
        assertThat(codes)
                .contains("POLICY", "LABOUR_DISPUTE", "OTHER")
                .hasSize(categories.list(f.zone().id()).size());
        assertThat((List<String>) JsonPath.read(body(json), "$[?(@.service_code == 'POLICY')].service_name"))
                .containsExactly("政策");
        assertThat((List<String>) JsonPath.read(body(json), "$[*].type")).containsOnly("realtime");

        MvcTestResult english = client.get("services.json", "api_key", client.apiKey(), "lang", "en");
        assertThat(english).hasStatusOk();
        assertThat(JsonPath.<List<String>>read(body(english), "$[*].service_code"))
                .isEqualTo(codes);

        Element root = xml(body(client.get("services.xml", "jurisdiction_id", client.zoneCode())));
        assertThat(root.getTagName()).isEqualTo("services");
        assertThat(children(root)).hasSize(codes.size());
        Element first = children(root).get(0);
        assertThat(first.getTagName()).isEqualTo("service");
        assertThat(names(first))
                .containsExactly(
                        "service_code", "service_name", "description", "metadata", "type", "keywords", "group");
        assertThat(text(first, "metadata")).isEqualTo("true");
    }

    @Test
    void shouldDefineEachServiceWithTheAppealAttributes() {
        MvcTestResult json = client.get("services/LABOUR_DISPUTE.json", "jurisdiction_id", client.zoneCode());
        assertThat(json).hasStatusOk();
        assertValid("service-definition", body(json));
        assertThat((List<String>) JsonPath.read(body(json), "$.attributes[*].code"))
                .containsExactly(
                        "type",
                        "urgency",
                        "title",
                        "enterprise_name",
                        "credit_code",
                        "workers_involved",
                        "amount_owed",
                        "amount_recovered");
        assertThat((List<String>) JsonPath.read(body(json), "$.attributes[0].values[*].name"))
                .containsExactly("咨询", "求助", "投诉", "举报", "建议");
        assertThat((Boolean) JsonPath.read(body(json), "$.attributes[0].required"))
                .isTrue();
        assertThat((List<Integer>) JsonPath.read(body(json), "$.attributes[*].order"))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);

        MvcTestResult policy = client.get("services/POLICY.json", "jurisdiction_id", client.zoneCode());
        assertThat((List<String>) JsonPath.read(body(policy), "$.attributes[*].code"))
                .doesNotContain("workers_involved");

        Element root = xml(body(client.get("services/LABOUR_DISPUTE.xml", "jurisdiction_id", client.zoneCode())));
        assertThat(root.getTagName()).isEqualTo("service_definition");
        assertThat(names(root)).containsExactly("service_code", "attributes");
        Element type = children(children(root).get(1)).get(0);
        assertThat(type.getTagName()).isEqualTo("attribute");
        assertThat(names(type))
                .containsExactly(
                        "variable",
                        "code",
                        "datatype",
                        "required",
                        "datatype_description",
                        "order",
                        "description",
                        "values");
        Element firstValue = children(children(type).get(7)).get(0);
        assertThat(firstValue.getTagName()).isEqualTo("value");
        assertThat(text(firstValue, "key")).isEqualTo("CONSULT");

        MvcTestResult unknown = client.get("services/NOPE.json", "jurisdiction_id", client.zoneCode());
        assertThat(unknown).hasStatus(404);
        assertValid("errors", body(unknown));
    }

    @Test
    void shouldTakeAPostedRequestInAsAnOpen311AppealAndReadItBack() {
        MvcTestResult posted = client.post("json", Open311Calls.request("POLICY", "厂区门前道路积水严重\n影响货车进出"));
        assertThat(posted).hasStatus(201);
        assertValid("post-response", body(posted));
        String id = JsonPath.read(body(posted), "$[0].service_request_id");
        String token = JsonPath.read(body(posted), "$[0].token");
        assertThat(id).matches("SQ\\d{4}-\\d{6}");
        assertThat((String) JsonPath.read(body(posted), "$[0].service_notice")).contains(id);

        Map<String, Object> appeal = jdbc.sql("""
                        select channel, title, content, enterprise_name, contact_name, contact_phone, received_by, type
                        from appeals.appeal where zone_id = :zone and case_number = :id
                        """)
                .param("zone", f.zone().id())
                .param("id", id)
                .query()
                .singleRow();
        assertThat(appeal)
                .containsEntry("channel", "OPEN311")
                .containsEntry("title", "厂区门前道路积水严重")
                .containsEntry("enterprise_name", "丙物流有限公司")
                .containsEntry("contact_name", "张三")
                .containsEntry("received_by", "open311:12345 平台")
                .containsEntry("type", "HELP");
        assertThat(jdbc.sql("""
                        select e.actor from appeals.appeal_event e join appeals.appeal a
                          on a.zone_id = e.zone_id and a.id = e.appeal_id
                        where a.zone_id = :zone and a.case_number = :id
                        """)
                        .param("zone", f.zone().id())
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("open311:12345 平台");
        assertThat(jdbc.sql("""
                        select actor from zone.audit_event where zone_id = :zone and entity_id = :id
                        """)
                        .param("zone", f.zone().id())
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("open311:12345 平台");

        MvcTestResult one = client.read("requests/" + id + ".json");
        assertThat(one).hasStatusOk();
        assertValid("requests", body(one));
        assertThat((String) JsonPath.read(body(one), "$[0].status")).isEqualTo("open");
        assertThat((String) JsonPath.read(body(one), "$[0].service_code")).isEqualTo("POLICY");
        assertThat((String) JsonPath.read(body(one), "$[0].service_name")).isEqualTo("政策");
        assertThat((Double) JsonPath.read(body(one), "$[0].lat")).isEqualTo(28.68202);
        assertThat((Double) JsonPath.read(body(one), "$[0].long")).isEqualTo(115.85794);
        assertThat((String) JsonPath.read(body(one), "$[0].address")).isEqualTo("高新大道 999 号");
        String requested = JsonPath.read(body(one), "$[0].requested_datetime");
        assertThat(OffsetDateTime.parse(requested).getOffset().getTotalSeconds())
                .isEqualTo(8 * 3600);
        assertThat((String) JsonPath.read(body(one), "$[0].expected_datetime")).isNotNull();

        Element root = xml(body(client.read("requests/" + id + ".xml")));
        assertThat(root.getTagName()).isEqualTo("service_requests");
        Element request = children(root).get(0);
        assertThat(request.getTagName()).isEqualTo("request");
        assertThat(names(request))
                .containsExactly(
                        "service_request_id",
                        "status",
                        "status_notes",
                        "service_name",
                        "service_code",
                        "description",
                        "agency_responsible",
                        "service_notice",
                        "requested_datetime",
                        "updated_datetime",
                        "expected_datetime",
                        "address",
                        "address_id",
                        "zipcode",
                        "lat",
                        "long",
                        "media_url");
        assertThat(text(request, "requested_datetime")).isEqualTo(requested);
        assertThat(text(request, "description")).isEqualTo("厂区门前道路积水严重\n影响货车进出");

        MvcTestResult byToken = client.read("tokens/" + token + ".json");
        assertThat(byToken).hasStatusOk();
        assertValid("token-response", body(byToken));
        assertThat((String) JsonPath.read(body(byToken), "$[0].service_request_id"))
                .isEqualTo(id);
        Element tokenXml =
                children(xml(body(client.read("tokens/" + token + ".xml")))).get(0);
        assertThat(names(tokenXml)).containsExactly("service_request_id", "token");

        MvcTestResult postedXml = client.post("xml", Open311Calls.request("OTHER", "路灯不亮"));
        assertThat(postedXml).hasStatus(201);
        Element receipt = children(xml(body(postedXml))).get(0);
        assertThat(receipt.getTagName()).isEqualTo("request");
        assertThat(names(receipt)).containsExactly("service_request_id", "token", "service_notice", "account_id");
    }

    @Test
    void shouldFilterRequestsAndMapTheWorkflowToOpenAndClosed() {
        String first = receipt(client.post("json", Open311Calls.request("POLICY", "用电增容")));
        String second = receipt(client.post("json", Open311Calls.request("OTHER", "路面破损")));
        UUID appealId = jdbc.sql("select id from appeals.appeal where zone_id = :zone and case_number = :id")
                .param("zone", f.zone().id())
                .param("id", first)
                .query(UUID.class)
                .single();
        String appeal = appealId.toString();
        assertThat(act(mvc, f.centre(), appeal, "dispatch", Map.of("departmentId", f.firstDepartment())))
                .hasStatusOk();
        assertThat(act(mvc, f.first(), appeal, "acknowledge", null)).hasStatusOk();
        assertThat(act(mvc, f.first(), appeal, "start", null)).hasStatusOk();
        assertThat(act(mvc, f.first(), appeal, "reply", Map.of("text", "已协调供电公司增容", "resolved", true)))
                .hasStatusOk();
        MvcTestResult replied = client.read("requests/" + first + ".json");
        assertValid("requests", body(replied));
        assertThat((String) JsonPath.read(body(replied), "$[0].status_notes")).isEqualTo("已协调供电公司增容");
        assertThat((String) JsonPath.read(body(replied), "$[0].agency_responsible"))
                .startsWith("经发局");
        assertThat(act(mvc, f.centre(), appeal, "revisit", Map.of("satisfaction", "SATISFIED")))
                .hasStatusOk();
        assertThat(act(mvc, f.centre(), appeal, "close", null)).hasStatusOk();

        MvcTestResult all = client.read("requests.json");
        assertValid("requests", body(all));
        assertThat((List<String>) JsonPath.read(body(all), "$[*].service_request_id"))
                .containsExactly(second, first);
        assertThat((List<String>) JsonPath.read(body(all), "$[*].status")).containsExactly("open", "closed");
        assertThat((List<String>) JsonPath.read(
                        body(client.read("requests.json", "status", "closed")), "$[*].service_request_id"))
                .containsExactly(first);
        assertThat((List<String>) JsonPath.read(
                        body(client.read("requests.json", "status", "open,closed")), "$[*].service_request_id"))
                .containsExactly(second, first);
        assertThat((List<String>) JsonPath.read(
                        body(client.read("requests.json", "service_code", "OTHER")), "$[*].service_request_id"))
                .containsExactly(second);
        assertThat((List<String>) JsonPath.read(
                        body(client.read("requests.json", "service_request_id", first + "," + second)),
                        "$[*].service_request_id"))
                .containsExactlyInAnyOrder(first, second);
        assertThat(body(client.read("requests.json", "end_date", "2020-01-31T00:00:00+08:00")))
                .isEqualTo("[]");
        assertThat(body(client.read(
                        "requests.json", "start_date", "2020-01-01T00:00:00Z", "end_date", "2020-05-01T00:00:00Z")))
                .contains("\"code\":400");
        Element list = xml(body(client.read("requests.xml", "status", "closed")));
        assertThat(list.getTagName()).isEqualTo("service_requests");
        assertThat(text(children(list).get(0), "status")).isEqualTo("closed");

        Open311Calls other = Open311Calls.issue(mvc, AppealsFixture.create(context), "x");
        assertThat(body(other.read("requests.json"))).isEqualTo("[]");
        assertThat(other.read("requests/" + first + ".json")).hasStatus(404);
    }

    private static String receipt(MvcTestResult posted) {
        assertThat(posted).hasStatus(201);
        return JsonPath.read(body(posted), "$[0].service_request_id");
    }
}

package com.parkops.appeals;

import static com.parkops.appeals.AppealsFixture.body;
import static com.parkops.appeals.Open311Schemas.assertValid;
import static com.parkops.appeals.Open311Schemas.children;
import static com.parkops.appeals.Open311Schemas.text;
import static com.parkops.appeals.Open311Schemas.xml;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.parkops.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Element;

/**
 * A GeoReport v2 client at work: it discovers the services, reads a service definition, fills in
 * its attributes, posts the specification's example request (adapted to a service of the zone) and
 * reads the request back in JSON and XML.
 */
@IntegrationTest
class Open311ClientTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldListServicesPostARequestAndReadItBackInBothFormats() {
        AppealsFixture f = AppealsFixture.create(context);
        Open311Calls client = Open311Calls.issue(mvc, f, "市民热线");

        MvcTestResult services = client.get("services.json", "jurisdiction_id", client.zoneCode());
        assertValid("services", body(services));
        String code = JsonPath.<List<String>>read(body(services), "$[?(@.service_name == '劳资纠纷')].service_code")
                .get(0);
        MvcTestResult definition = client.get("services/" + code + ".json", "jurisdiction_id", client.zoneCode());
        assertValid("service-definition", body(definition));
        List<Map<String, Object>> attributes = JsonPath.read(body(definition), "$.attributes");

        // the specification's example POST (wiki.open311.org/GeoReport_v2, "POST Service Request")
        Map<String, String> form = new LinkedHashMap<>();
        form.put("service_code", code);
        form.put("lat", "37.76524078");
        form.put("long", "-122.4212043");
        form.put("address_string", "1234 5th street");
        form.put("email", "smit222@sfgov.edu");
        form.put("device_id", "tt222111");
        form.put("account_id", "123456");
        form.put("first_name", "john");
        form.put("last_name", "smith");
        form.put("phone", "111111111");
        form.put("description", "A large sinkhole is destroying the street");
        form.put("media_url", "http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg");
        for (Map<String, Object> attribute : attributes) {
            String key = "attribute[" + attribute.get("code") + "]";
            switch ((String) attribute.get("datatype")) {
                case "singlevaluelist" -> {
                    List<Map<String, String>> values = (List<Map<String, String>>) attribute.get("values");
                    form.put(key, values.get(values.size() - 1).get("key"));
                }
                case "number" -> form.put(key, attribute.get("code").equals("workers_involved") ? "12" : "3.456");
                default -> {
                    if (attribute.get("code").equals("enterprise_name")) {
                        form.put(key, "丁建筑劳务有限公司");
                    }
                }
            }
        }
        MvcTestResult posted = client.post("json", form);
        assertThat(posted).hasStatus(201);
        assertValid("post-response", body(posted));
        assertThat((String) JsonPath.read(body(posted), "$[0].account_id")).isEqualTo("123456");
        String id = JsonPath.read(body(posted), "$[0].service_request_id");

        MvcTestResult json = client.read("requests/" + id + ".json");
        assertValid("requests", body(json));
        Map<String, Object> read =
                JsonPath.<List<Map<String, Object>>>read(body(json), "$").get(0);
        assertThat(read)
                .containsEntry("service_request_id", id)
                .containsEntry("status", "open")
                .containsEntry("service_code", code)
                .containsEntry("description", form.get("description"))
                .containsEntry("address", form.get("address_string"))
                .containsEntry("media_url", form.get("media_url"))
                .containsEntry("lat", 37.76524078)
                .containsEntry("long", -122.4212043);

        Element request =
                children(xml(body(client.read("requests/" + id + ".xml")))).get(0);
        assertThat(text(request, "service_request_id")).isEqualTo(id);
        assertThat(text(request, "status")).isEqualTo("open");
        assertThat(text(request, "media_url")).isEqualTo(form.get("media_url"));
        assertThat(text(request, "lat")).isEqualTo("37.76524078");
        assertThat(text(request, "long")).isEqualTo("-122.4212043");
        assertThat(text(request, "requested_datetime")).isEqualTo(read.get("requested_datetime"));

        Map<String, Object> stored = jdbc.sql("""
                        select a.type, a.workers_involved, a.amount_owed, a.contact_name, r.email, r.device_id
                        from appeals.appeal a join appeals.open311_request r
                          on r.zone_id = a.zone_id and r.appeal_id = a.id
                        where a.zone_id = :zone and a.case_number = :id
                        """)
                .param("zone", f.zone().id())
                .param("id", id)
                .query()
                .singleRow();
        assertThat(stored)
                .containsEntry("type", "SUGGESTION")
                .containsEntry("workers_involved", 12)
                .containsEntry("contact_name", "john smith")
                .containsEntry("email", "smit222@sfgov.edu")
                .containsEntry("device_id", "tt222111");
        assertThat(stored.get("amount_owed").toString()).isEqualTo("3.46");
    }
}

package com.parkops.appeals;

import static com.parkops.appeals.AppealsFixture.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import com.parkops.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The case page shows what an Open311 client sent beyond the appeal (key, place, media, submitter)
 * to the zone's staff, administrators and leaders; another enterprise does not see the case at all.
 */
@IntegrationTest
class Open311CasePageTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldShowTheOpen311DetailsOnTheCasePageToStaffOnly() {
        AppealsFixture f = AppealsFixture.create(context);
        Open311Calls client = Open311Calls.issue(mvc, f, "市民热线");
        Map<String, String> request = Open311Calls.request("POLICY", "厂区门前道路积水严重");
        request.put("address_id", "GX-0999");
        request.put("media_url", "https://example.org/photos/puddle.jpg");
        request.put("email", "zhangsan@example.org");
        request.put("account_id", "acct-42");
        request.put("device_id", "dev-7");
        MvcTestResult posted = client.post("json", request);
        assertThat(posted).hasStatus(201);
        String caseNumber = JsonPath.read(body(posted), "$[0].service_request_id");
        UUID id = jdbc.sql("select id from appeals.appeal where zone_id = :zone and case_number = :number")
                .param("zone", f.zone().id())
                .param("number", caseNumber)
                .query(UUID.class)
                .single();
        String uri = "/appeals/" + id;

        for (String staff : List.of(f.centre(), f.zone().admin(), f.zone().leader())) {
            assertThat(page(uri, staff, "zh_CN"))
                    .as(staff)
                    .contains(
                            "Open311 来源",
                            "市民热线",
                            "高新大道 999 号",
                            "GX-0999",
                            "28.68202，115.85794",
                            "href=\"https://example.org/photos/puddle.jpg\"",
                            "张三",
                            "13800000000",
                            "mailto:zhangsan@example.org",
                            "acct-42",
                            "dev-7");
        }
        assertThat(page(uri, f.centre(), "en"))
                .contains("Open311 source", "Client key", "28.68202, 115.85794", "Submitter")
                .doesNotContain("??");

        assertThat(mvc.get()
                        .uri(uri)
                        .accept(MediaType.TEXT_HTML)
                        .with(user(userDetails.loadUserByUsername(f.clerkB()))))
                .hasStatus(404);

        Map<String, Object> appeal = f.appeal("HELP", "POLICY", "用电增容");
        appeal.put("enterpriseName", "丙物流有限公司");
        String hotline = AppealsFixture.create(mvc, f.centre(), appeal);
        assertThat(page("/appeals/" + hotline, f.centre(), "zh_CN"))
                .contains("用电增容")
                .doesNotContain("Open311 来源");
    }

    private String page(String uri, String username, String lang) {
        MvcTestResult result = mvc.get()
                .uri(uri)
                .param("lang", lang)
                .accept(MediaType.TEXT_HTML)
                .with(user(userDetails.loadUserByUsername(username)))
                .exchange();
        assertThat(result).as(uri + " " + username).hasStatusOk();
        return body(result);
    }
}

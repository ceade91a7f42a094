package com.parkops.zone.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import com.parkops.support.IntegrationTest;
import com.parkops.support.TestEnterprises;
import com.parkops.support.TestZones;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.ZoneUser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class AuditBrowserTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    TestEnterprises enterprises;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService principals;

    @Test
    void shouldFilterEntriesByRecordAndByUser() {
        var zone = testZones.create();
        String first = TestEnterprises.newCreditCode();
        String second = TestEnterprises.newCreditCode();
        write(zone.id(), "clerk-a", first, "甲公司", "1200", "1350");
        write(zone.id(), "clerk-b", second, "乙公司", null, "88");

        assertThat(mvc.get().uri("/audit?entityId=" + first).with(user(principal(zone.admin()))))
                .hasStatusOk()
                .bodyText()
                .contains(first, "甲公司", "1200 → 1350", "clerk-a")
                .doesNotContain(second);
        assertThat(mvc.get().uri("/audit?actor=CLERK-B").with(user(principal(zone.leader()))))
                .hasStatusOk()
                .bodyText()
                .contains(second, "乙公司")
                .doesNotContain(first);
        assertThat(mvc.get().uri("/audit?entityType=enterprise").with(user(principal(zone.admin()))))
                .bodyText()
                .contains(first, second)
                .doesNotContain("经发局 " + zone.suffix());
    }

    @Test
    void shouldFilterByDateRangeInZoneTime() {
        var zone = testZones.create();
        String code = TestEnterprises.newCreditCode();
        write(zone.id(), "clerk-a", code, "甲公司", "1", "2");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        assertThat(mvc.get()
                        .uri("/audit?entityId={code}&from={from}&to={to}", code, today, today)
                        .with(user(principal(zone.admin()))))
                .bodyText()
                .contains("甲公司");
        assertThat(mvc.get()
                        .uri("/audit?entityId={code}&from={from}", code, today.plusDays(1))
                        .with(user(principal(zone.admin()))))
                .bodyText()
                .doesNotContain("甲公司")
                .contains("没有符合条件的操作记录");
    }

    @Test
    void shouldPageNewestFirstAndKeepTheFilterInPageLinks() {
        var zone = testZones.create();
        String code = TestEnterprises.newCreditCode();
        for (int i = 0; i < 35; i++) {
            write(zone.id(), "clerk-a", code, "summary-" + i, String.valueOf(i), String.valueOf(i + 1));
        }

        var page = audit.search(zone.id(), new AuditLog.Query(null, code, null, null, null), 1, 30);
        assertThat(page.totalElements()).isEqualTo(35);
        assertThat(page.totalPages()).isEqualTo(2);
        assertThat(page.items()).hasSize(5);
        assertThat(mvc.get().uri("/audit?entityId=" + code).with(user(principal(zone.admin()))))
                .bodyText()
                .contains("summary-34", "entityId=" + code + "&amp;page=1")
                .doesNotContain("summary-4<");
    }

    @Test
    void shouldForbidAuditBrowserToStaffAndEnterpriseUsers() {
        var zone = testZones.create();
        String enterpriseUser = testZones.enterpriseUser(
                zone, enterprises.register(zone.id(), "丙公司").id());

        assertThat(mvc.get().uri("/audit").with(user(principal(zone.staff())))).hasStatus(403);
        assertThat(mvc.get().uri("/audit").with(user(principal(enterpriseUser))))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/zone/audit").header(HttpHeaders.AUTHORIZATION, basic(zone.staff())))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/zone/audit").header(HttpHeaders.AUTHORIZATION, basic(enterpriseUser)))
                .hasStatus(403);
    }

    @Test
    void shouldAnswerAuditQueriesThroughTheApi() throws Exception {
        var zone = testZones.create();
        var other = testZones.create();
        String code = TestEnterprises.newCreditCode();
        write(zone.id(), "clerk-a", code, "甲公司", "1", "2");
        write(other.id(), "clerk-a", code, "别的园区", "1", "2");

        var result = mvc.get()
                .uri("/api/v1/zone/audit?entityType=enterprise&entityId={code}&actor=clerk-a&page=0&size=10", code)
                .header(HttpHeaders.AUTHORIZATION, basic(zone.leader()))
                .exchange();

        assertThat(result).hasStatusOk();
        String json = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((Integer) JsonPath.read(json, "$.totalElements")).isEqualTo(1);
        assertThat((String) JsonPath.read(json, "$.items[0].summary")).isEqualTo("甲公司");
        assertThat((String) JsonPath.read(json, "$.items[0].changes.output.from"))
                .isEqualTo("1");
        assertThat((String) JsonPath.read(json, "$.items[0].changes.output.to")).isEqualTo("2");
    }

    private void write(UUID zoneId, String actor, String creditCode, String summary, String from, String to) {
        audit.record(new AuditEntry(
                zoneId,
                actor,
                "enterprise",
                creditCode,
                "update",
                summary,
                AuditEntry.diff(from == null ? Map.of() : Map.of("output", from), Map.of("output", to))));
    }

    private ZoneUser principal(String username) {
        return (ZoneUser) principals.loadUserByUsername(username);
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + TestZones.PASSWORD).getBytes());
    }
}

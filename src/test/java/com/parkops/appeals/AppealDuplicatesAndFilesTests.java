package com.parkops.appeals;

import static com.parkops.appeals.AppealsFixture.act;
import static com.parkops.appeals.AppealsFixture.create;
import static com.parkops.appeals.AppealsFixture.json;
import static com.parkops.support.ApiCalls.basic;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Duplicate suggestions and merging; attachments and their limits. */
@IntegrationTest
class AppealDuplicatesAndFilesTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService userDetails;

    AppealsFixture f;

    @BeforeEach
    void zone() {
        f = AppealsFixture.create(context);
    }

    @Test
    void shouldSuggestOpenAppealsOfTheSameEnterpriseAndCategoryOrWithASimilarTitleAndMergeOne() {
        String master = create(mvc, f.clerkA(), f.appeal("HELP", "UTILITIES", "厂区三期工程用电增容申请迟迟未批"));
        var other = f.appeal("HELP", "UTILITIES", "三期工程用电增容申请一直未批复");
        other.put("enterpriseName", "丙物流有限公司");
        String similar = create(mvc, f.centre(), other);
        create(mvc, f.clerkB(), f.appeal("CONSULT", "POLICY", "研发费用加计扣除政策咨询"));

        MvcTestResult suggested = query(
                f.centre(),
                "/api/v1/appeals/duplicates?creditCode={code}&categoryId={category}&title={title}",
                f.enterpriseA().creditCode(),
                f.category("UTILITIES"),
                "用电增容");
        assertThat((List<String>) json(suggested, "$[*].id")).containsExactly(master);
        MvcTestResult byTitle = query(f.centre(), "/api/v1/appeals/duplicates?title={title}", "三期工程用电增容申请迟迟未批");
        assertThat((List<String>) json(byTitle, "$[*].id")).containsExactlyInAnyOrder(master, similar);
        MvcTestResult otherEnterprise = query(f.clerkB(), "/api/v1/appeals/duplicates?title={title}", "三期工程用电增容申请迟迟未批");
        assertThat((List<String>) json(otherEnterprise, "$[*].id")).isEmpty();

        assertThat(act(mvc, f.centre(), similar, "merge", Map.of("masterId", similar)))
                .hasStatus(422);
        MvcTestResult merged = act(mvc, f.centre(), similar, "merge", Map.of("masterId", master, "text", "同一事项"));
        assertThat((String) json(merged, "$.summary.state")).isEqualTo("CLOSED");
        assertThat((String) json(merged, "$.summary.outcome")).isEqualTo("MERGED");
        assertThat((String) json(merged, "$.mergedInto.id")).isEqualTo(master);
        assertThat((List<String>) json(get(mvc, "/api/v1/appeals/" + master, f.centre()), "$.mergedDuplicates[*].id"))
                .containsExactly(similar);
        String duplicateOfA = create(mvc, f.clerkA(), f.appeal("HELP", "UTILITIES", "用电增容再次反映"));
        act(mvc, f.centre(), duplicateOfA, "merge", Map.of("masterId", master));
        assertThat(jdbc.sql("""
                        select count(*) from zone.notification n join zone.user_account u on u.zone_id = n.zone_id
                            and u.id = n.user_id where u.username = :name and n.kind = 'appeal.merge'
                        """).param("name", f.clerkA()).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(act(mvc, f.centre(), master, "merge", Map.of("masterId", similar)))
                .hasStatus(422);
    }

    @Test
    void shouldStoreAttachmentsWithinTheirLimits() {
        String id = create(mvc, f.clerkA(), f.appeal("HELP", "POLICY", "附件测试"));
        MvcTestResult added = upload(id, f.clerkA(), file("营业执照.pdf", "application/pdf", 2048));
        assertThat(added).hasStatus(201);
        String attachment = json(added, "$[0].id");
        MvcTestResult download = get(mvc, "/api/v1/appeals/" + id + "/attachments/" + attachment, f.clerkA());
        assertThat(mvc.get()
                        .uri("/appeals/" + id + "/attachments/" + attachment)
                        .with(user(userDetails.loadUserByUsername(f.clerkB())))
                        .exchange())
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/appeals/" + id + "/attachments/" + attachment)
                        .with(user(userDetails.loadUserByUsername(f.clerkA())))
                        .exchange())
                .hasStatusOk()
                .hasHeader(HttpHeaders.CONTENT_TYPE, "application/pdf");

        assertThat(upload(id, f.clerkA(), file("大文件.pdf", "application/pdf", 10 * 1024 * 1024 + 1)))
                .hasStatus(422);
        assertThat(upload(id, f.clerkA(), file("程序.exe", "application/x-msdownload", 100)))
                .hasStatus(422);
        MvcTestResult tooMany = upload(
                id,
                f.clerkA(),
                file("1.png", "image/png", 10),
                file("2.png", "image/png", 10),
                file("3.png", "image/png", 10),
                file("4.png", "image/png", 10),
                file("5.png", "image/png", 10));
        assertThat(tooMany).hasStatus(422);
        assertThat(AppealsFixture.body(tooMany)).contains("attachments");
        assertThat(upload(id, f.clerkB(), file("别人的.pdf", "application/pdf", 10)))
                .hasStatus(404);
        assertThat((Integer) json(get(mvc, "/api/v1/appeals/" + id, f.clerkA()), "$.attachments.length()"))
                .isEqualTo(1);
        assertThat(download.getResponse().getContentAsByteArray()).hasSize(2048);
    }

    private MvcTestResult query(String user, String template, Object... values) {
        return mvc.get()
                .uri(template, values)
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .exchange();
    }

    private static MockMultipartFile file(String name, String type, int size) {
        return new MockMultipartFile("file", name, type, new byte[size]);
    }

    private MvcTestResult upload(String id, String user, MockMultipartFile... files) {
        var request = mvc.post().uri("/api/v1/appeals/" + id + "/attachments").multipart();
        for (MockMultipartFile file : files) {
            request = request.file(file);
        }
        return request.header(HttpHeaders.AUTHORIZATION, basic(user)).exchange();
    }
}

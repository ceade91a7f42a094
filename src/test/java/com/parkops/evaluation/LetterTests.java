package com.parkops.evaluation;

import static com.parkops.support.ApiCalls.basic;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.SampleZone;
import com.parkops.support.TestZones;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Result letters of the sample zone's run: content, the batch zip and who may download what. */
@IntegrationTest
class LetterTests {

    private static final String FIRST = "91360981HXE6ABPWF7";
    private static final String FIRST_NAME = "丰城测试企业021有限公司";
    private static final String[] INDICATORS = {"亩均税收", "亩均营业收入", "单位能耗增加值", "单位 COD 排放增加值", "研发经费占营业收入比", "全员劳动生产率"};

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    EvaluationPolicies policies;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldWriteALetterWithGradeRankBreakdownConsequencesAndTheObjectionWindow() throws IOException {
        var zone = sampleZone();
        List<GradePolicy> grades = new ArrayList<>(policies.table(zone.id()).grades());
        GradePolicy a = grades.get(0);
        grades.set(
                0,
                new GradePolicy(
                        Grade.A,
                        BigDecimal.ZERO,
                        new BigDecimal("0.07"),
                        BigDecimal.ZERO,
                        new BigDecimal("90"),
                        a.landPriority(),
                        a.energyPriority(),
                        a.emissionPriority(),
                        "优先授信测试",
                        a.otherMeasures()));
        policies.save(zone.id(), "test", 0, grades);
        String run = createRun(zone);
        assertThat(post(zone.staff(), "/api/v1/evaluation/runs/" + run + "/publish"))
                .hasStatusOk();
        String until = jdbc.sql(
                        "select to_char(objection_until, 'FMYYYY年FMMM月FMDD日') from evaluation.run where id = :id")
                .param("id", UUID.fromString(run))
                .query(String.class)
                .single();

        MvcTestResult response =
                get(mvc, "/api/v1/evaluation/runs/" + run + "/letters/" + FIRST + ".docx", zone.staff());

        assertThat(response).hasStatusOk();
        assertThat(response.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
        assertThat(response.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment")
                .contains("filename*=UTF-8''" + FIRST + "-%E4%B8%B0");
        String letter = text(response.getResponse().getContentAsByteArray());
        assertThat(letter)
                .contains(FIRST_NAME, FIRST, "2021 年度亩均效益综合评价结果告知书")
                .contains("A 类", "143.53", "第 1 名 / 共 16 家", "规上")
                .contains(INDICATORS)
                .contains("每吨加价 0.07 元", "减免 90%", "优先授信测试", "优先保障")
                .contains(until)
                .contains("测试园区 " + zone.suffix(), "（盖章）");
    }

    @Test
    void shouldNameTheDecisionsThatChangedTheGradeAndFollowTheLanguage() throws IOException {
        var zone = sampleZone();
        String run = createRun(zone);
        UUID enterprise = enterpriseId(zone, FIRST);
        jdbc.sql("""
                insert into evaluation.decision (zone_id, id, run_id, enterprise_id, kind, steps, reason, approver,
                    decided_by)
                values (:zone, :id, :run, :enterprise, 'ADJUST', -1, '环保整改未完成', '王主任', 'test')
                """)
                .param("zone", zone.id())
                .param("id", UUID.randomUUID())
                .param("run", UUID.fromString(run))
                .param("enterprise", enterprise)
                .update();
        String uri = "/evaluation/runs/" + run + "/letters/" + FIRST + ".docx";

        String chinese = text(mvc.get()
                .uri(uri)
                .with(user(users.loadUserByUsername(zone.leader())))
                .exchange()
                .getResponse()
                .getContentAsByteArray());
        String english = text(mvc.get()
                .uri(uri + "?lang=en")
                .with(user(users.loadUserByUsername(zone.leader())))
                .exchange()
                .getResponse()
                .getContentAsByteArray());

        assertThat(chinese).contains("下调一档", "环保整改未完成", "王主任", "草稿");
        assertThat(english).contains("No. 1 of 16", "one grade down", "Rank in pool");
    }

    @Test
    void shouldZipOneLetterPerResult() throws IOException {
        var zone = sampleZone();
        String run = createRun(zone);
        int results = body(get(mvc, "/api/v1/evaluation/runs/" + run + "/results", zone.staff()))
                .size();

        MvcTestResult response = get(mvc, "/api/v1/evaluation/runs/" + run + "/letters.zip", zone.leader());

        assertThat(response).hasStatusOk();
        assertThat(response.getResponse().getContentType()).isEqualTo("application/zip");
        assertThat(response.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename*=UTF-8''2021");
        List<String> names = new ArrayList<>();
        String first = null;
        try (ZipInputStream zip = new ZipInputStream(
                new ByteArrayInputStream(response.getResponse().getContentAsByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                String letter = text(zip.readAllBytes());
                if (first == null) {
                    first = letter;
                }
            }
        }
        assertThat(names)
                .hasSize(results)
                .hasSize(29)
                .doesNotHaveDuplicates()
                .contains(FIRST + "-" + FIRST_NAME + ".docx");
        assertThat(names).allMatch(name -> name.matches("[0-9A-Z]{18}-.+\\.docx"));
        assertThat(first).contains(FIRST_NAME, "第 1 名");
        assertThat(get(mvc, "/api/v1/evaluation/runs/" + UUID.randomUUID() + "/letters.zip", zone.staff()))
                .hasStatus(404);
    }

    @Test
    void shouldGiveAnEnterpriseOnlyItsOwnLetterAndOnlyAfterPublication() {
        var zone = sampleZone();
        String run = createRun(zone);
        String clerk = testZones.enterpriseUser(zone, enterpriseId(zone, FIRST));
        String own = "/api/v1/evaluation/runs/" + run + "/letters/" + FIRST + ".docx";
        String other = "/api/v1/evaluation/runs/" + run + "/letters/91360981EN0CAGK9GC.docx";

        assertThat(get(mvc, own, clerk)).hasStatus(404);
        assertThat(post(zone.staff(), "/api/v1/evaluation/runs/" + run + "/publish"))
                .hasStatusOk();

        assertThat(get(mvc, own, clerk)).hasStatusOk();
        assertThat(get(mvc, other, clerk)).hasStatus(404);
        assertThat(get(mvc, other, zone.staff())).hasStatusOk();
        assertThat(get(mvc, "/api/v1/evaluation/runs/" + run + "/letters.zip", clerk))
                .hasStatus(403);
        assertThat(get(mvc, "/api/v1/evaluation/runs/" + run + "/letters/91360981000000000X.docx", zone.staff()))
                .hasStatus(404);
    }

    private TestZones.TestZone sampleZone() {
        return SampleZone.withFigures(mvc, jdbc, testZones);
    }

    private String createRun(TestZones.TestZone zone) {
        JsonNode scheme = SampleZone.expected().get("evaluation").get("scheme");
        MvcTestResult created = mvc.post()
                .uri("/api/v1/evaluation/runs")
                .header(HttpHeaders.AUTHORIZATION, basic(zone.staff()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("year", 2021, "scheme", scheme)))
                .exchange();
        assertThat(created).hasStatus(201);
        return body(created).get("id").asString();
    }

    private UUID enterpriseId(TestZones.TestZone zone, String creditCode) {
        return jdbc.sql("select id from registry.enterprise where zone_id = :zone and credit_code = :code")
                .param("zone", zone.id())
                .param("code", creditCode)
                .query(UUID.class)
                .single();
    }

    private MvcTestResult post(String user, String uri) {
        return mvc.post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .exchange();
    }

    private JsonNode body(MvcTestResult response) {
        return json.readTree(response.getResponse().getContentAsByteArray());
    }

    /** The letter's paragraphs and tables as text; fails when the bytes are not a Word document. */
    static String text(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}

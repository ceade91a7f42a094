package com.parkops.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import com.parkops.zone.AuditLog;
import com.parkops.zone.AuditRecord;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class RegistryPagesTests {

    private static final String FIRST = RegistryTestSupport.FIRST_SAMPLE;
    private static final String FIRST_NAME = "丰城测试企业000有限公司";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    EnterpriseCommands commands;

    @Autowired
    EnterpriseQueries queries;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService users;

    TestZones.TestZone zone;

    @BeforeEach
    void sampleZone() throws Exception {
        zone = testZones.create();
        commands.importFile(zone.id(), "test", new ByteArrayInputStream(RegistryTestSupport.sampleEnterprises()));
    }

    @Test
    void shouldRenderEveryRegistryPageForStaff() {
        Enterprise first = queries.find(zone.id(), FIRST).orElseThrow();
        var qualification = commands.addQualification(
                zone.id(),
                "test",
                FIRST,
                new QualificationData(
                        QualificationKind.HIGH_TECH, null, "GR2023", LocalDate.of(2023, 1, 1), null, null, null));
        commands.setPatents(zone.id(), "test", FIRST, 2023, java.util.Map.of(PatentKind.INVENTION, 2));
        commands.setPatents(zone.id(), "test", FIRST, 2024, java.util.Map.of(PatentKind.DESIGN, 5));
        commands.recordScaleEvent(
                zone.id(), "test", FIRST, ScaleEventKind.APPLIED, java.time.YearMonth.of(2018, 12), "申报材料已报统计局");
        String base = "/registry/enterprises/" + FIRST;
        List<String> pages = List.of(
                "/registry/enterprises",
                "/registry/enterprises?chain=循环经济&scale=ABOVE&page=0",
                base,
                "/registry/enterprises/new",
                base + "/edit",
                base + "/parcels/new",
                base + "/qualifications/new",
                base + "/qualifications/" + qualification.id() + "/edit",
                base + "/patents",
                base + "/scale-events/new",
                "/registry/import",
                "/registry/settings");

        assertThat(pages)
                .allSatisfy(page -> assertThat(mvc.get().uri(page).with(user(staff())))
                        .as(page)
                        .hasStatusOk()
                        .hasContentTypeCompatibleWith("text/html"));
        assertThat(body(mvc.get().uri(base).with(user(staff())).exchange()))
                .contains(FIRST_NAME, "10.9485", "高新技术企业", "2025-12-31", "变更记录", "导入新建")
                .contains("申报材料已报统计局", "<td class=\"num\">7</td>");
        assertThat(first.landMu()).isEqualByComparingTo("10.9485");
    }

    @Test
    void shouldAnswerHtmxWithTheResultsOnlyAndPlainRequestsWithTheWholePage() {
        MvcTestResult fragment = mvc.get()
                .uri("/registry/enterprises?q=001")
                .header("HX-Request", "true")
                .with(user(staff()))
                .exchange();
        assertThat(fragment).hasStatusOk();
        assertThat(body(fragment)).contains("id=\"results\"", "丰城测试企业001有限公司").doesNotContain("<html", FIRST_NAME);

        assertThat(body(mvc.get()
                        .uri("/registry/enterprises?q=001")
                        .with(user(staff()))
                        .exchange()))
                .contains("<html", "hx-get", "丰城测试企业001有限公司")
                .doesNotContain(FIRST_NAME);
    }

    @Test
    void shouldListOnlyEnterprisesWithAQualificationExpiringSoon() {
        LocalDate issued = LocalDate.now().minusYears(3).plusDays(30);
        commands.addQualification(
                zone.id(),
                "test",
                FIRST,
                new QualificationData(QualificationKind.HIGH_TECH, null, null, issued, null, null, null));

        MvcTestResult answer = mvc.get()
                .uri("/registry/enterprises?expiring=true")
                .with(user(staff()))
                .exchange();
        assertThat(body(answer)).contains(FIRST_NAME, "共 1 家企业").doesNotContain("丰城测试企业001有限公司");
    }

    @Test
    void shouldShowFieldErrorsForAnInvalidEnterpriseForm() {
        String wrongCheck = FIRST.substring(0, 17) + (FIRST.charAt(17) == 'A' ? 'B' : 'A');

        MvcTestResult answer = mvc.post()
                .uri("/registry/enterprises")
                .with(user(staff()))
                .with(csrf())
                .param("creditCode", wrongCheck)
                .param("name", "")
                .param("contactEmail", "not-an-address")
                .exchange();

        assertThat(answer).hasStatusOk();
        assertThat(body(answer)).contains("field-error", "必填", "邮箱格式不正确");

        MvcTestResult checked = mvc.post()
                .uri("/registry/enterprises")
                .with(user(staff()))
                .with(csrf())
                .param("creditCode", wrongCheck)
                .param("name", "新企业")
                .exchange();
        assertThat(body(checked)).contains("field-error", "校验位不正确");
        assertThat(queries.find(zone.id(), wrongCheck)).isEmpty();
    }

    @Test
    void shouldCreateThroughTheFormRedirectWithAFlashAndAudit() {
        String code = RegistryTestSupport.code("91360981000000999");

        assertThat(mvc.post()
                        .uri("/registry/enterprises")
                        .with(user(staff()))
                        .with(csrf())
                        .param("creditCode", code.toLowerCase())
                        .param("name", "表单企业")
                        .param("chain", "新能源新材料")
                        .param("scale", "ABOVE")
                        .param("aboveScaleSince", "2022-03")
                        .param("registeredOn", "2018-05-20")
                        .param("tags", "高新, 出口"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/registry/enterprises/" + code)
                .flash()
                .containsKey("flash");

        Enterprise created = queries.find(zone.id(), code).orElseThrow();
        assertThat(created.tags()).containsExactly("高新", "出口");
        assertThat(created.aboveScaleSince()).hasToString("2022-03");
        assertThat(queries.scaleEvents(zone.id(), created.id()))
                .singleElement()
                .extracting(ScaleEvent::kind)
                .isEqualTo(ScaleEventKind.ENTERED);
        assertThat(audit.history(zone.id(), "enterprise", code))
                .extracting(AuditRecord::action, AuditRecord::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("create", zone.staff()));
    }

    @Test
    void shouldRefuseAStaleEditWithTheConflictMessage() {
        Enterprise read = queries.find(zone.id(), FIRST).orElseThrow();
        commands.update(zone.id(), "someone-else", FIRST, read.version(), withName(read, "别人先改了"));

        MvcTestResult answer = mvc.post()
                .uri("/registry/enterprises/" + FIRST)
                .with(user(staff()))
                .with(csrf())
                .param("creditCode", FIRST)
                .param("name", "我后改的")
                .param("scale", "BELOW")
                .param("version", String.valueOf(read.version()))
                .exchange();

        assertThat(answer).hasStatusOk();
        assertThat(body(answer)).contains("该记录已被他人修改，请刷新后重试");
        assertThat(queries.find(zone.id(), FIRST).orElseThrow().name()).isEqualTo("别人先改了");
    }

    @Test
    void shouldListEveryImportErrorInTheErrorsTableAndShowCountsOnSuccess() {
        String broken = "creditCode,name,scale\n" + FIRST.substring(0, 17) + "0,坏代码,规上\n"
                + RegistryTestSupport.code("91360981000000888") + ",坏规模,很大\n";

        MvcTestResult refused = mvc.post()
                .uri("/registry/import")
                .multipart()
                .file(RegistryTestSupport.csv(broken))
                .with(user(staff()))
                .with(csrf())
                .exchange();
        assertThat(refused).hasStatusOk();
        assertThat(body(refused))
                .contains("errors-table", "<td class=\"num\">2</td>", "<td class=\"num\">3</td>", "很大");

        MvcTestResult accepted = mvc.post()
                .uri("/registry/import")
                .multipart()
                .file(RegistryTestSupport.csv(
                        "creditCode,name\n" + RegistryTestSupport.code("91360981000000888") + ",新企业\n"))
                .header("HX-Request", "true")
                .with(user(staff()))
                .with(csrf())
                .exchange();
        assertThat(body(accepted)).contains("id=\"outcome\"", "新增 1 家，更新 0 家").doesNotContain("<html");
    }

    @Test
    void shouldLetLeadersReadButNotEdit() {
        UserDetails leader = users.loadUserByUsername(zone.leader());
        assertThat(mvc.get().uri("/registry/enterprises/" + FIRST).with(user(leader)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/registry/enterprises/" + FIRST + "/edit").with(user(leader)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/registry/import").with(user(leader))).hasStatus(403);
    }

    @Test
    void shouldDownloadAnImportTemplateWithTheChineseHeaders() throws Exception {
        MvcTestResult template =
                mvc.get().uri("/registry/import/template").with(user(staff())).exchange();
        assertThat(template)
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(template.getResponse().getContentAsByteArray()))) {
            var header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("用地面积");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void shouldShowADomainErrorOnADateFieldNextToItWithTheValueEntered() {
        MvcTestResult refused = mvc.post()
                .uri("/registry/enterprises/" + FIRST + "/qualifications")
                .with(user(staff()))
                .with(csrf())
                .param("kind", "LISTED")
                .param("issuedOn", "2026-01-10")
                .param("expiresOn", "2025-01-01")
                .exchange();
        assertThat(refused).hasStatusOk();
        assertThat(body(refused))
                .contains("name=\"expiresOn\" value=\"2025-01-01\"")
                .contains("field-error");
    }

    private UserDetails staff() {
        return users.loadUserByUsername(zone.staff());
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static EnterpriseData withName(Enterprise e, String name) {
        EnterpriseData data = e.data();
        return new EnterpriseData(
                data.creditCode(),
                name,
                data.industryCode(),
                data.chain(),
                data.emergingCategory(),
                data.scale(),
                data.aboveScaleSince(),
                data.registeredOn(),
                data.exemptReason(),
                data.address(),
                data.legalRepresentative(),
                data.contactName(),
                data.contactPhone(),
                data.contactEmail(),
                data.tags());
    }
}

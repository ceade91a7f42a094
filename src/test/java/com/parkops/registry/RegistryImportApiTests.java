package com.parkops.registry;

import static com.parkops.registry.RegistryTestSupport.basic;
import static com.parkops.registry.RegistryTestSupport.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import com.parkops.zone.AuditLog;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class RegistryImportApiTests {

    private static final String IMPORT = "/api/v1/registry/enterprises/import";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    Enterprises enterprises;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService users;

    @Test
    void shouldCreateTheSampleZoneAndUpdateItOnTheSecondImport() throws Exception {
        var zone = testZones.create();
        MockMultipartFile file = csv(RegistryTestSupport.sampleEnterprises());

        assertThat(upload(zone.staff(), file)).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"created": 30, "updated": 0}""");
        assertThat(upload(zone.staff(), file)).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"created": 0, "updated": 30}""");

        assertThat(enterprises.idsByCreditCode(zone.id())).hasSize(30);
        var first = enterprises
                .byCreditCode(zone.id(), RegistryTestSupport.FIRST_SAMPLE)
                .orElseThrow();
        assertThat(first.name()).isEqualTo("丰城测试企业000有限公司");
        assertThat(first.scale()).isEqualTo(Scale.ABOVE);
        assertThat(first.aboveScaleSince()).hasToString("2019-02");
        assertThat(first.landM2()).isEqualByComparingTo("7299");
        assertThat(first.landMu()).isEqualByComparingTo("10.9485");
        assertThat(first.chain()).isEqualTo("新能源新材料");
        assertThat(audit.history(zone.id(), "enterprise", RegistryTestSupport.FIRST_SAMPLE))
                .extracting(record -> record.action())
                .containsExactly("import.create");
    }

    @Test
    void shouldAnswerTheImportedEnterpriseAsApiJson() throws Exception {
        var zone = testZones.create();
        assertThat(upload(zone.staff(), csv(RegistryTestSupport.sampleEnterprises())))
                .hasStatusOk();

        assertThat(mvc.get()
                        .uri("/api/v1/registry/enterprises/" + RegistryTestSupport.FIRST_SAMPLE)
                        .header(HttpHeaders.AUTHORIZATION, basic(zone.leader())))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"creditCode": "91360981AY4CL12THD", "name": "丰城测试企业000有限公司",
                         "industryCode": "C4220", "chain": "新能源新材料", "leadingChain": false,
                         "emergingCategory": null, "scale": "above", "aboveScaleSince": "2019-02",
                         "registeredOn": "2011-06-04", "landM2": 7299.00, "landMu": 10.9485,
                         "exemptReason": null, "tags": [], "qualifications": [], "version": 0}""");
        assertThat(mvc.get()
                        .uri("/api/v1/registry/enterprises?size=5&page=1")
                        .header(HttpHeaders.AUTHORIZATION, basic(zone.leader())))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"page": 1, "size": 5, "totalElements": 30, "totalPages": 6}""");
        assertThat(mvc.get()
                        .uri("/api/v1/registry/enterprises?q=001")
                        .header(HttpHeaders.AUTHORIZATION, basic(zone.leader())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.content[*].creditCode")
                .asArray()
                .containsExactly(RegistryTestSupport.SECOND_SAMPLE);
    }

    @Test
    void shouldRefuseABrokenFileListingEveryErrorWithItsRowAndWriteNothing() throws Exception {
        var zone = testZones.create();
        String good = RegistryTestSupport.FIRST_SAMPLE;
        String badCheck = good.substring(0, 17) + (good.charAt(17) == 'A' ? 'B' : 'A');
        String file = """
                creditCode,name,scale,landM2,registeredOn
                %s,好企业,规上,100,2010-01-01
                %s,校验位错,规下,,
                %s,规模错,中型,,
                %s,负面积,规下,-5,
                %s,日期错,规下,,2010-13-45
                %s,重复,规下,,
                %s,,规下,,
                """.formatted(
                        good,
                        badCheck,
                        RegistryTestSupport.code("91360981000000003"),
                        RegistryTestSupport.code("91360981000000004"),
                        RegistryTestSupport.code("91360981000000005"),
                        good,
                        RegistryTestSupport.code("91360981000000007"));

        MvcTestResult result = upload(zone.staff(), csv(file));

        assertThat(result).hasStatus(422).hasContentTypeCompatibleWith("application/problem+json");
        String body = result.getResponse().getContentAsString();
        List<Map<String, Object>> errors = JsonPath.read(body, "$.errors");
        assertThat(errors)
                .extracting(error -> error.get("row") + ":" + error.get("field"))
                .containsExactly("3:creditCode", "4:scale", "5:landM2", "6:registeredOn", "7:creditCode", "8:name");
        assertThat(errors)
                .allSatisfy(error -> assertThat((String) error.get("message")).isNotBlank());
        assertThat(enterprises.idsByCreditCode(zone.id())).isEmpty();
    }

    @Test
    void shouldImportACsvWithAByteOrderMarkAndChineseHeaders() throws Exception {
        var zone = testZones.create();
        String file = "\uFEFF统一社会信用代码,企业名称,产业链,规模,入规期间,用地面积\n" + RegistryTestSupport.FIRST_SAMPLE
                + ",丰城测试企业000有限公司,新能源新材料,规上,2019-02,7299\n";

        assertThat(upload(zone.staff(), csv(file))).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                {"created": 1, "updated": 0}""");

        var first = enterprises
                .byCreditCode(zone.id(), RegistryTestSupport.FIRST_SAMPLE)
                .orElseThrow();
        assertThat(first.chain()).isEqualTo("新能源新材料");
        assertThat(first.aboveScaleSince()).hasToString("2019-02");
        assertThat(first.landM2()).isEqualByComparingTo("7299");
    }

    @Test
    void shouldRefuseUnknownAndMissingColumnsNamingThem() throws Exception {
        var zone = testZones.create();

        MvcTestResult result = upload(zone.staff(), csv("creditCode,员工人数\n91360981AY4CL12THD,10\n"));

        assertThat(result).hasStatus(422);
        String body = result.getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.errors[*].field")).containsExactly("员工人数", "name");
        assertThat(JsonPath.<List<Integer>>read(body, "$.errors[*].row")).containsOnly(1);
        assertThat(JsonPath.<String>read(body, "$.errors[0].message")).contains("员工人数");
    }

    @Test
    void shouldImportXlsxWithChineseHeaders() throws Exception {
        var zone = testZones.create();
        byte[] workbook = workbook(
                List.of("统一社会信用代码", "企业名称", "产业链", "规模", "入规期间", "成立日期", "用地面积", "战新类别"),
                List.of(
                        RegistryTestSupport.FIRST_SAMPLE,
                        "表格企业",
                        "循环经济",
                        "规上",
                        "2021-04",
                        "2015/6/30",
                        "1500.5",
                        "新材料"));

        assertThat(upload(zone.admin(), RegistryTestSupport.xlsx(workbook)))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"created": 1, "updated": 0}""");

        var imported = enterprises
                .byCreditCode(zone.id(), RegistryTestSupport.FIRST_SAMPLE)
                .orElseThrow();
        assertThat(imported.name()).isEqualTo("表格企业");
        assertThat(imported.registeredOn()).hasToString("2015-06-30");
        assertThat(imported.emergingCategory()).isEqualTo(EmergingCategory.NEW_MATERIALS);
        assertThat(imported.landM2()).isEqualByComparingTo("1500.50");
    }

    @Test
    void shouldReadRealDateCellsOfAnExcelWorkbook() throws Exception {
        var zone = testZones.create();
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("统一社会信用代码");
            header.createCell(1).setCellValue("企业名称");
            header.createCell(2).setCellValue("成立日期");
            header.createCell(3).setCellValue("用地面积");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(RegistryTestSupport.FIRST_SAMPLE);
            row.createCell(1).setCellValue("日期企业");
            var shortDate = workbook.createCellStyle();
            shortDate.setDataFormat((short) 14);
            row.createCell(2).setCellValue(java.time.LocalDate.of(2011, 6, 4));
            row.getCell(2).setCellStyle(shortDate);
            row.createCell(3).setCellValue(7299);
            workbook.write(out);
            bytes = out.toByteArray();
        }

        assertThat(upload(zone.staff(), RegistryTestSupport.xlsx(bytes))).hasStatusOk();

        var imported = enterprises
                .byCreditCode(zone.id(), RegistryTestSupport.FIRST_SAMPLE)
                .orElseThrow();
        assertThat(imported.registeredOn()).hasToString("2011-06-04");
        assertThat(imported.landM2()).isEqualByComparingTo("7299");
    }

    @Test
    void shouldReimportItsOwnExportUnchanged() throws Exception {
        var zone = testZones.create();
        assertThat(upload(zone.staff(), csv(RegistryTestSupport.sampleEnterprises())))
                .hasStatusOk();
        var before = enterprises
                .byCreditCode(zone.id(), RegistryTestSupport.FIRST_SAMPLE)
                .orElseThrow();

        MvcTestResult export = mvc.get()
                .uri("/registry/enterprises/export")
                .with(user(users.loadUserByUsername(zone.staff())))
                .exchange();
        assertThat(export).hasStatusOk();
        byte[] xlsx = export.getResponse().getContentAsByteArray();

        assertThat(upload(zone.staff(), RegistryTestSupport.xlsx(xlsx)))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"created": 0, "updated": 30}""");
        assertThat(enterprises.byCreditCode(zone.id(), RegistryTestSupport.FIRST_SAMPLE))
                .contains(before);
        assertThat(audit.history(zone.id(), "enterprise", RegistryTestSupport.FIRST_SAMPLE))
                .hasSize(1);
    }

    private MvcTestResult upload(String user, MockMultipartFile file) {
        return mvc.post()
                .uri(IMPORT)
                .multipart()
                .file(file)
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .exchange();
    }

    static byte[] workbook(List<String> header, List<String> row) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("企业");
            var first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            var second = sheet.createRow(1);
            for (int i = 0; i < row.size(); i++) {
                second.createCell(i).setCellValue(row.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}

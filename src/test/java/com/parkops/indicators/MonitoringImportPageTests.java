package com.parkops.indicators;

import static com.parkops.indicators.CraftedZone.code;
import static com.parkops.indicators.CraftedZone.csv;
import static com.parkops.indicators.MonitoringPages.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.SampleZone;
import com.parkops.support.TestZones;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The import page: refusals list every row error, accepted files show counts and warnings. */
@IntegrationTest
class MonitoringImportPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    IndicatorCatalogue catalogue;

    @Test
    void shouldImportTheSampleFileAndShowCountsAndWarnings() {
        var zone = testZones.create();
        SampleZone.register(jdbc, zone);

        String outcome = html(upload(zone, "indicators_ytd.csv", SampleZone.bytes("indicators_ytd.csv"), "ytd", true));

        assertThat(outcome).contains("id=\"outcome\"", "660", "7260").doesNotContain("<html");
        assertThat(html(mvc.get()
                        .uri("/indicators?year=2021&month=6")
                        .with(user(staff(zone)))
                        .exchange()))
                .contains(MonitoringPages.amount("232728.88"));
    }

    @Test
    void shouldListEveryRowErrorOfARefusedFile() {
        var zone = testZones.create();
        CraftedZone.register(jdbc, zone, 1);
        byte[] file = csv(
                "creditCode,period,output,profit",
                code(0) + ",2021-13,100,5",
                "91360981000000000X,2021-06,100,5",
                code(0) + ",2021-06,-1,abc");

        String outcome = html(upload(zone, "bad.csv", file, "monthly", true));

        assertThat(outcome)
                .contains("errors-table", "<td class=\"num\">2</td>", "<td class=\"num\">3</td>")
                .contains("<td class=\"num\">4</td>", "不是数字");
        String page = html(upload(zone, "bad.csv", file, "monthly", false));
        assertThat(page).contains("<html", "errors-table", "导入被拒绝");
    }

    @Test
    void shouldRedirectAfterAPlainUploadAndShowTheResult() {
        var zone = testZones.create();
        CraftedZone.register(jdbc, zone, 1);

        MvcTestResult result =
                upload(zone, "f.csv", csv("creditCode,period,output", code(0) + ",2021-01,10"), "ytd", false);

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/indicators/import");
        assertThat(result).flash().containsKey("done");
        assertThat(String.valueOf(result.getMvcResult().getFlashMap().get("done")))
                .contains("1 行");
    }

    @Test
    void shouldOfferATemplateWithChineseHeadersThatImportsBack() throws Exception {
        var zone = testZones.create();
        CraftedZone.register(jdbc, zone, 1);
        byte[] template = mvc.get()
                .uri("/indicators/import/template")
                .with(user(staff(zone)))
                .exchange()
                .getResponse()
                .getContentAsByteArray();

        List<String> expected = new ArrayList<>(List.of("统一社会信用代码", "期间"));
        catalogue.current(zone.id()).forEach(d -> expected.add(d.nameZh()));
        assertThat(MonitoringPages.sheets(template).get(0).get(0)).containsExactlyElementsOf(expected);
        assertThat(MonitoringPages.sheets(template).get(1)).hasSize(expected.size() - 1);

        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue(code(0));
            row.createCell(1).setCellValue("2021-03");
            row.createCell(2).setCellValue(1234.5);
            workbook.write(out);
            filled = out.toByteArray();
        }
        assertThat(html(upload(zone, "filled.xlsx", filled, "ytd", true)))
                .contains("flash-ok")
                .doesNotContain("errors-table");
    }

    private MvcTestResult upload(TestZones.TestZone zone, String name, byte[] content, String basis, boolean htmx) {
        var request = mvc.post()
                .uri("/indicators/import")
                .multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("basis", basis)
                .with(csrf())
                .with(user(staff(zone)));
        if (htmx) {
            request = request.header("HX-Request", "true");
        }
        return request.exchange();
    }

    private UserDetails staff(TestZones.TestZone zone) {
        return users.loadUserByUsername(zone.staff());
    }
}

package com.parkops.indicators;

import static com.parkops.indicators.CraftedZone.code;
import static com.parkops.indicators.CraftedZone.csv;
import static com.parkops.indicators.MonitoringPages.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import com.parkops.zone.AuditLog;
import com.parkops.zone.AuditRecord;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The catalogue pages: versions with their periods, and an administrator adding one. */
@IntegrationTest
class MonitoringCatalogueTests {

    private static final String NEW_DEFINITION = "按新口径：含委托加工收入的工业总产值";

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

    @Autowired
    IndicatorImport imports;

    @Autowired
    AuditLog audit;

    @Test
    void shouldAddAnAuditedVersionThatReportsThenName() throws Exception {
        var zone = testZones.create();
        CraftedZone.register(jdbc, zone, 2);
        imports.importFile(
                zone.id(),
                "test",
                Basis.YTD,
                "f.csv",
                new ByteArrayInputStream(csv(
                        "creditCode,period,output",
                        code(0) + ",2020-06,100",
                        code(0) + ",2021-06,120",
                        code(1) + ",2020-06,200",
                        code(1) + ",2021-06,180")));
        UserDetails admin = users.loadUserByUsername(zone.admin());

        MvcTestResult added = post(admin, "2021-04", "工业总产值");

        assertThat(added).hasStatus3xxRedirection().hasRedirectedUrl("/indicators/catalogue#output");
        List<IndicatorDefinition> versions = catalogue.versions(zone.id(), "output");
        assertThat(versions)
                .extracting(IndicatorDefinition::effectiveFrom)
                .containsExactly(YearMonth.of(2000, 1), YearMonth.of(2021, 4));
        assertThat(versions.get(1).definition()).isEqualTo(NEW_DEFINITION);
        assertThat(versions.get(1).kind()).isEqualTo(IndicatorKind.FLOW);

        List<AuditRecord> history = audit.history(zone.id(), "indicator-definition", "output");
        assertThat(history).singleElement().satisfies(record -> {
            assertThat(record.actor()).isEqualTo(zone.admin());
            assertThat(record.action()).isEqualTo("create");
            assertThat(record.changes()).containsKeys("definition", "effectiveFrom");
            assertThat(record.changes().get("definition").to()).isEqualTo(NEW_DEFINITION);
        });

        UserDetails staff = users.loadUserByUsername(zone.staff());
        assertThat(html(mvc.get().uri("/indicators/catalogue").with(user(staff)).exchange()))
                .contains(NEW_DEFINITION, "2021-04 起", "2000-01 至 2021-03");
        assertThat(html(mvc.get()
                        .uri("/indicators?year=2021&month=6")
                        .with(user(staff))
                        .exchange()))
                .contains("工业总产值（万元，2021-04 起执行）");
        assertThat(html(mvc.get()
                        .uri("/indicators?year=2021&month=3")
                        .with(user(staff))
                        .exchange()))
                .contains("工业总产值（万元，2000-01 起执行）");
        assertThat(catalogue.versions(testZones.create().id(), "output")).hasSize(1);
    }

    @Test
    void shouldRefuseASecondVersionOfTheSameMonthAndAnotherIndicatorsName() {
        var zone = testZones.create();
        UserDetails admin = users.loadUserByUsername(zone.admin());
        assertThat(post(admin, "2024-01", "工业总产值")).hasStatus3xxRedirection();

        assertThat(html(post(admin, "2024-01", "工业总产值"))).contains("field-error", "本园区在该期间已有一个口径版本");
        assertThat(html(post(admin, "2025-01", "营业收入"))).contains("field-error", "该中文名称已被其他指标使用");
        assertThat(html(post(admin, "2025-13", "工业总产值"))).contains("field-error", "期间格式应为 YYYY-MM");
        assertThat(catalogue.versions(zone.id(), "output")).hasSize(2);
        assertThat(audit.history(zone.id(), "indicator-definition", "output")).hasSize(1);
    }

    @Test
    void shouldExportTheCatalogueWithEveryVersion() {
        var zone = testZones.create();
        var sheets = MonitoringPages.sheets(mvc.get()
                .uri("/indicators/catalogue/export")
                .with(user(users.loadUserByUsername(zone.leader())))
                .exchange()
                .getResponse()
                .getContentAsByteArray());
        assertThat(sheets.get(0).get(0)).startsWith("指标代码", "指标", "英文名称", "单位");
        assertThat(sheets.get(0)).hasSize(catalogue.current(zone.id()).size() + 1);
    }

    private MvcTestResult post(UserDetails admin, String from, String nameZh) {
        return mvc.post()
                .uri("/indicators/catalogue/output/versions")
                .param("effectiveFrom", from)
                .param("nameZh", nameZh)
                .param("nameEn", "Gross industrial output")
                .param("unit", "万元")
                .param("definition", NEW_DEFINITION)
                .with(csrf())
                .with(user(admin))
                .exchange();
    }
}

package com.parkops.projects;

import static com.parkops.projects.LandFixture.json;
import static com.parkops.projects.LandFixture.post;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The year's figures count allocations by their own date: a request approved in one year whose
 * quota is allocated across new year's eve counts in both years, a project once per year.
 */
@IntegrationTest
class LandSummaryTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones zones;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    TestZones.TestZone zone;

    @BeforeEach
    void allocations() {
        zone = zones.create();
        UUID a = LandFixture.project(jdbc, zone.id(), "A-" + zone.suffix());
        UUID b = LandFixture.project(jdbc, zone.id(), "B-" + zone.suffix());
        UUID c = LandFixture.project(jdbc, zone.id(), "C-" + zone.suffix());
        UUID d = LandFixture.project(jdbc, zone.id(), "D-" + zone.suffix());
        String ra = approved(a, "200", "200", "2024-12-01");
        allocate(ra, 1, "50", "2024-12-31");
        allocate(ra, 2, "70.25", "2025-01-01");
        allocate(ra, 3, "30", "2025-12-31");
        allocate(approved(b, "100", "80", "2025-02-01"), 1, "80", "2025-03-15");
        allocate(approved(c, "10", "10", "2025-03-01"), 1, "4", "2025-03-20");
        allocate(approved(c, "6", "6", "2025-12-01"), 1, "6", "2026-01-01");
        String rd = requested(d, "500");
        assertThat(post(
                        mvc,
                        "/api/v1/projects/land/requests/" + rd + "/reject",
                        zone.staff(),
                        Map.of("version", 0, "reason", "超出年度计划", "approver", "市自然资源局", "decidedOn", "2025-04-01")))
                .hasStatusOk();
    }

    private String requested(UUID project, String mu) {
        MvcTestResult created = post(
                mvc,
                "/api/v1/projects/land/requests",
                zone.staff(),
                Map.of(
                        "projectId",
                        project,
                        "mu",
                        mu,
                        "purpose",
                        "厂房",
                        "requestedOn",
                        "2024-11-01",
                        "requestedBy",
                        "投资方"));
        assertThat(created).hasStatus(201);
        return json(created, "$.id");
    }

    private String approved(UUID project, String mu, String approvedMu, String on) {
        String id = requested(project, mu);
        assertThat(post(
                        mvc,
                        "/api/v1/projects/land/requests/" + id + "/approve",
                        zone.leader(),
                        Map.of("version", 0, "approvedMu", approvedMu, "approver", "市自然资源局", "decidedOn", on)))
                .hasStatusOk();
        return id;
    }

    private void allocate(String request, int version, String mu, String on) {
        assertThat(post(
                        mvc,
                        "/api/v1/projects/land/requests/" + request + "/allocations",
                        zone.staff(),
                        Map.of("version", version, "mu", mu, "allocatedOn", on, "parcel", "LH-" + on)))
                .hasStatus(201);
    }

    private MvcTestResult summary(int year) {
        return get(mvc, "/api/v1/projects/land/summary?year=" + year, zone.leader());
    }

    @Test
    void shouldCountProjectsOnceAndSumMuOfAllocationsDatedInTheYear() {
        MvcTestResult y2025 = summary(2025);
        // A: 70.25 (1 Jan) + 30 (31 Dec); B: 80; C: 4 — C's 2026 allocation and A's 2024 one stay out
        assertThat((Integer) json(y2025, "$.projects")).isEqualTo(3);
        assertThat(LandFixture.decimal(y2025, "$.mu")).isEqualByComparingTo("184.25");
        assertThat((List<Integer>) json(y2025, "$.months[*].projects"))
                .containsExactly(1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        assertThat(((List<Number>) json(y2025, "$.months[*].mu")).stream().map(Number::doubleValue))
                .containsExactly(70.25, 0.0, 84.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 30.0);
        assertThat(LandFixture.body(y2025)).contains("\"mu\":184.25", "\"mu\":84.00");

        assertThat((Integer) json(summary(2024), "$.projects")).isEqualTo(1);
        assertThat(LandFixture.decimal(summary(2024), "$.mu")).isEqualByComparingTo("50.00");
        assertThat((Integer) json(summary(2026), "$.projects")).isEqualTo(1);
        assertThat(LandFixture.decimal(summary(2026), "$.mu")).isEqualByComparingTo("6.00");
        assertThat((Integer) json(summary(2023), "$.projects")).isZero();
        assertThat(LandFixture.decimal(summary(2023), "$.mu")).isEqualByComparingTo("0.00");
    }

    @Test
    void shouldExportTheYearAsAWorkbook() throws Exception {
        MvcTestResult export = mvc.get()
                .uri("/projects/land/export?year=2025")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        userDetails.loadUserByUsername(zone.staff())))
                .exchange();
        assertThat(export).hasStatusOk();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            var allocations = workbook.getSheetAt(0);
            assertThat(allocations.getLastRowNum()).isEqualTo(4);
            var months = workbook.getSheetAt(1);
            assertThat(months.getRow(13).getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(months.getRow(13).getCell(2).getNumericCellValue()).isEqualTo(184.25);
        }
    }
}

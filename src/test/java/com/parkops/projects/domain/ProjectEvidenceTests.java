package com.parkops.projects.domain;

import static com.parkops.support.ApiCalls.basic;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestClock;
import com.parkops.support.TestZones;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** A node's evidence files through the API: stored with a safe name and resolved type, within the limits. */
@IntegrationTest
class ProjectEvidenceTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones zones;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    TestZones.TestZone zone;
    UUID project;
    String node;

    @BeforeEach
    void schedule() throws Exception {
        zone = zones.create();
        project = ProjectsFixture.project(jdbc, zone.id(), "P-E", "SIGNED", LocalDate.of(2026, 1, 10));
        String templateId = ProjectSchedulesTests.json(get(mvc, "/api/v1/projects/templates", zone.staff()))
                .get(0)
                .get("id")
                .asText();
        MvcTestResult applied = mvc.post()
                .uri("/api/v1/projects/" + project + "/schedule")
                .header(HttpHeaders.AUTHORIZATION, basic(zone.staff()))
                .contentType("application/json")
                .content(ProjectSchedulesTests.JSON.writeValueAsString(Map.of(
                        "templateId",
                        templateId,
                        "plan",
                        Map.of(
                                "signedOn",
                                "2026-01-10",
                                "plannedStart",
                                "2026-04-01",
                                "plannedProduction",
                                "2027-03-01"))))
                .exchange();
        assertThat(applied).hasStatus(201);
        node = ProjectSchedulesTests.json(applied).get("nodes").get(0).get("id").asText();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldStoreEvidenceUnderItsOwnNameWithTheTypeOfItsExtensionAtTheClocksTime() throws Exception {
        clock.set(Instant.parse("2026-03-02T03:04:05Z"));
        MvcTestResult added = upload(
                zone.staff(), new MockMultipartFile("files", "D:\\扫描\\备案证明.pdf", "application/octet-stream", bytes(7)));
        assertThat(added).hasStatus(201);
        JsonNode stored = ProjectSchedulesTests.json(added).get(0);
        assertThat(stored.get("fileName").asText()).isEqualTo("备案证明.pdf");
        assertThat(stored.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(stored.get("sizeBytes").asInt()).isEqualTo(7);
        assertThat(Instant.parse(stored.get("uploadedAt").asText())).isEqualTo(clock.instant());

        MvcTestResult download = get(
                mvc,
                "/api/v1/projects/" + project + "/evidence/" + stored.get("id").asText(),
                zone.staff());
        assertThat(download).hasStatusOk().hasHeader(HttpHeaders.CONTENT_TYPE, "application/pdf");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(bytes(7));
    }

    @Test
    void shouldRefuseEveryFileOfARequestThatBreaksALimit() throws Exception {
        assertThat(upload(zone.staff(), file("1.png"), file("2.png"), file("3.png")))
                .hasStatus(201);
        MvcTestResult tooMany = upload(zone.staff(), file("4.png"), file("5.png"), file("6.png"));
        assertThat(tooMany).hasStatus(422);
        assertThat(tooMany.getResponse().getContentAsString()).contains("files");
        assertThat(upload(zone.staff(), new MockMultipartFile("files", "程序.exe", "application/x-msdownload", bytes(3))))
                .hasStatus(422);
        assertThat(upload(zone.staff(), new MockMultipartFile("files", "空.pdf", "application/pdf", new byte[0])))
                .hasStatus(422);
        assertThat(ProjectSchedulesTests.json(
                        get(mvc, "/api/v1/projects/" + project + "/nodes/" + node + "/evidence", zone.staff())))
                .hasSize(3);
    }

    private MvcTestResult upload(String user, MockMultipartFile... files) {
        var request = mvc.post()
                .uri("/api/v1/projects/" + project + "/nodes/" + node + "/evidence")
                .multipart();
        for (MockMultipartFile file : files) {
            request = request.file(file);
        }
        return request.header(HttpHeaders.AUTHORIZATION, basic(user)).exchange();
    }

    private static MockMultipartFile file(String name) {
        return new MockMultipartFile("files", name, "image/png", bytes(4));
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + i);
        }
        return bytes;
    }
}

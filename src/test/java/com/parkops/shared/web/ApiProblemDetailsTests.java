package com.parkops.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Invalid input to the API is answered as problem+json with title, detail and the list of
 * errors the API guide promises, also where Spring MVC itself notices the problem.
 */
@IntegrationTest
class ApiProblemDetailsTests {

    private static final String IMPORT = "/api/v1/registry/enterprises/import";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Test
    void shouldListTheFieldOfAnInvalidJsonBody() {
        var zone = testZones.create();

        MvcTestResult answer = mvc.post()
                .uri("/api/v1/zone/tokens")
                .header(HttpHeaders.AUTHORIZATION, basic(zone.staff()))
                .contentType("application/json")
                .content("{\"name\":\"\"}")
                .exchange();

        assertInvalid(answer, 400);
        assertThat(answer).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
    }

    @Test
    void shouldNameTheFileFieldWhenTheUploadLacksIt() {
        var zone = testZones.create();

        MvcTestResult wrongField = mvc.post()
                .uri(IMPORT)
                .multipart()
                .file(new MockMultipartFile("upload", "e.csv", "text/csv", "creditCode,name\n".getBytes()))
                .header(HttpHeaders.AUTHORIZATION, basic(zone.staff()))
                .exchange();
        assertInvalid(wrongField, 400);
        assertThat(wrongField).bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");

        MvcTestResult notMultipart = mvc.post()
                .uri(IMPORT)
                .header(HttpHeaders.AUTHORIZATION, basic(zone.staff()))
                .contentType("text/csv")
                .content("creditCode,name\n")
                .exchange();
        assertInvalid(notMultipart, 400);
        assertThat(notMultipart).bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
    }

    @Test
    void shouldNameAMalformedQueryParameter() {
        var zone = testZones.create();

        MvcTestResult answer = mvc.get()
                .uri("/api/v1/registry/enterprises?page=abc")
                .header(HttpHeaders.AUTHORIZATION, basic(zone.staff()))
                .exchange();

        assertInvalid(answer, 400);
        assertThat(answer).bodyJson().extractingPath("$.errors[0].field").isEqualTo("page");
    }

    @Test
    void shouldNameAJsonFieldOfTheWrongTypeAndExplainMalformedJson() {
        var zone = testZones.create();

        MvcTestResult wrongType = mvc.put()
                .uri("/api/v1/registry/settings")
                .header(HttpHeaders.AUTHORIZATION, basic(zone.staff()))
                .contentType("application/json")
                .content("{\"qualificationAlertDays\":\"soon\"}")
                .exchange();
        assertInvalid(wrongType, 400);
        assertThat(wrongType).bodyJson().extractingPath("$.errors[0].field").isEqualTo("qualificationAlertDays");

        MvcTestResult malformed = mvc.put()
                .uri("/api/v1/registry/settings")
                .header(HttpHeaders.AUTHORIZATION, basic(zone.staff()))
                .contentType("application/json")
                .content("{\"leadingChain\":")
                .exchange();
        assertThat(malformed).hasStatus(400).hasContentTypeCompatibleWith("application/problem+json");
        assertThat(malformed).bodyJson().extractingPath("$.detail").asString().contains("JSON");
    }

    private static void assertInvalid(MvcTestResult answer, int status) {
        assertThat(answer).hasStatus(status).hasContentTypeCompatibleWith("application/problem+json");
        assertThat(answer).bodyJson().extractingPath("$.title").asString().isNotBlank();
        assertThat(answer).bodyJson().extractingPath("$.detail").asString().isNotBlank();
        assertThat(answer)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .isNotBlank();
    }

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + TestZones.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}

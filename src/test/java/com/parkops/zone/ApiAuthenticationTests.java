package com.parkops.zone;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class ApiAuthenticationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Test
    void shouldAnswerUnauthorizedAsProblemWithoutCredentials() {
        assertThat(mvc.get().uri("/api/v1/registry/enterprises"))
                .hasStatus(401)
                .hasContentTypeCompatibleWith("application/problem+json")
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Unauthorized");
    }

    @Test
    void shouldLockAccountAfterRepeatedFailures() {
        var zone = testZones.create();
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.get().uri("/api/v1/zone/me").header(HttpHeaders.AUTHORIZATION, basic(zone.staff(), "wrong")))
                    .hasStatus(401);
        }
        assertThat(mvc.get()
                        .uri("/api/v1/zone/me")
                        .header(HttpHeaders.AUTHORIZATION, basic(zone.staff(), TestZones.PASSWORD)))
                .hasStatus(401)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("locked");
    }

    @Test
    void shouldAcceptBasicAndBearerAndRejectRevokedToken() throws Exception {
        var zone = testZones.create();
        assertThat(mvc.get()
                        .uri("/api/v1/zone/me")
                        .header(HttpHeaders.AUTHORIZATION, basic(zone.leader(), TestZones.PASSWORD)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.role")
                .isEqualTo("LEADER");

        var created = mvc.post()
                .uri("/api/v1/zone/tokens")
                .header(HttpHeaders.AUTHORIZATION, basic(zone.leader(), TestZones.PASSWORD))
                .contentType("application/json")
                .content("{\"name\":\"script\"}")
                .exchange();
        assertThat(created).hasStatus(201);
        String secret = JsonPath.read(created.getResponse().getContentAsString(), "$.token");
        String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
        assertThat(mvc.get().uri("/api/v1/zone/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.username")
                .isEqualTo(zone.leader());

        assertThat(mvc.delete()
                        .uri("/api/v1/zone/tokens/" + id)
                        .header(HttpHeaders.AUTHORIZATION, basic(zone.leader(), TestZones.PASSWORD)))
                .hasStatus(204);
        assertThat(mvc.get().uri("/api/v1/zone/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .hasStatus(401);
    }

    @Test
    void shouldRefuseTheTokenOfALockedAccountSayingItIsLocked() throws Exception {
        var zone = testZones.create();
        var created = mvc.post()
                .uri("/api/v1/zone/tokens")
                .header(HttpHeaders.AUTHORIZATION, basic(zone.leader(), TestZones.PASSWORD))
                .contentType("application/json")
                .content("{\"name\":\"nightly export\"}")
                .exchange();
        String secret = JsonPath.read(created.getResponse().getContentAsString(), "$.token");
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.get().uri("/api/v1/zone/me").header(HttpHeaders.AUTHORIZATION, basic(zone.leader(), "x")))
                    .hasStatus(401);
        }

        assertThat(mvc.get().uri("/api/v1/zone/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .hasStatus(401)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("locked");
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }
}

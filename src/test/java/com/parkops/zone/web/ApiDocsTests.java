package com.parkops.zone.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import com.parkops.zone.ZoneUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class ApiDocsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    UserDetailsService principals;

    @Test
    void shouldServeApiDescriptionWithBothAuthenticationSchemesToAdministrators() {
        var zone = testZones.create();

        var docs = assertThat(mvc.get().uri("/v3/api-docs").with(user(principal(zone.admin()))))
                .hasStatusOk()
                .bodyJson();
        docs.extractingPath("$.info.title").isEqualTo("园区运营平台 ParkOps API");
        docs.extractingPath("$.components.securitySchemes.basicAuth.scheme").isEqualTo("basic");
        docs.extractingPath("$.components.securitySchemes.bearerAuth.scheme").isEqualTo("bearer");
        docs.extractingPath("$.paths['/api/v1/zone/audit']").isNotNull();
    }

    @Test
    void shouldServeSwaggerUiToAdministrators() {
        var zone = testZones.create();

        assertThat(mvc.get().uri("/swagger-ui.html").with(user(principal(zone.admin()))))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/swagger-ui/index.html").with(user(principal(zone.admin()))))
                .hasStatusOk();
    }

    @Test
    void shouldHideApiDocsFromOtherRolesAndAnonymousVisitors() {
        var zone = testZones.create();

        assertThat(mvc.get().uri("/v3/api-docs").with(user(principal(zone.staff()))))
                .hasStatus(403);
        assertThat(mvc.get().uri("/swagger-ui.html").with(user(principal(zone.leader()))))
                .hasStatus(403);
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");
        assertThat(mvc.get().uri("/swagger-ui/index.html"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");
    }

    private ZoneUser principal(String username) {
        return (ZoneUser) principals.loadUserByUsername(username);
    }
}

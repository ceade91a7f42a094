package com.parkops.registry;

import static com.parkops.registry.RegistryTestSupport.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** An enterprise user must never learn anything about another enterprise, through any door. */
@IntegrationTest
class RegistryIsolationTests {

    private static final String OWN_NAME = "自家企业有限公司";
    private static final String OTHER_NAME = "别家企业有限公司";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    EnterpriseCommands commands;

    @Autowired
    EnterpriseQueries queries;

    @Autowired
    UserDetailsService users;

    TestZones.TestZone zone;
    String own;
    String other;
    String clerk;
    UUID otherParcel;
    UUID otherQualification;

    @BeforeEach
    void twoEnterprisesAndAClerkOfOne() {
        zone = testZones.create();
        own = RegistryTestSupport.code("91360981000000111");
        other = RegistryTestSupport.code("91360981000000222");
        var ownEnterprise = commands.create(zone.id(), "test", EnterpriseData.of(own, OWN_NAME));
        commands.create(zone.id(), "test", EnterpriseData.of(other, OTHER_NAME).withChain("循环经济"));
        otherParcel = commands.addParcel(
                        zone.id(),
                        "test",
                        other,
                        new ParcelData("土证-1", new java.math.BigDecimal("5000"), null, null, null))
                .id();
        otherQualification = commands.addQualification(
                        zone.id(),
                        "test",
                        other,
                        new QualificationData(
                                QualificationKind.HIGH_TECH,
                                QualificationLevel.NATIONAL,
                                "GR1",
                                null,
                                null,
                                null,
                                null))
                .id();
        clerk = testZones.enterpriseUser(zone, ownEnterprise.id());
    }

    @Test
    void shouldShowAnEnterpriseUserOnlyItsOwnEnterpriseThroughTheApi() {
        assertThat(api("GET", "/api/v1/registry/enterprises"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"totalElements": 1, "content": [{"creditCode": "%s"}]}""".formatted(own));
        assertThat(api("GET", "/api/v1/registry/enterprises?q=" + other))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.totalElements")
                .isEqualTo(0);
        assertThat(api("GET", "/api/v1/registry/enterprises/" + own)).hasStatusOk();
        assertThat(api("GET", "/api/v1/registry/enterprises/" + other)).hasStatus(404);
    }

    @Test
    void shouldRefuseEveryOtherApiEndpointToAnEnterpriseUser() {
        List<MvcTestResult> answers = List.of(
                api(
                        "PUT",
                        "/api/v1/registry/enterprises/" + other + "/contacts",
                        "{\"contactName\":\"x\",\"version\":0}"),
                api("GET", "/api/v1/registry/settings"),
                api("PUT", "/api/v1/registry/settings", "{\"leadingChain\":\"循环经济\"}"),
                api("POST", "/api/v1/registry/enterprises", "{\"creditCode\":\"%s\",\"name\":\"x\"}".formatted(other)),
                api("PUT", "/api/v1/registry/enterprises/" + own, "{\"name\":\"x\",\"version\":0}"),
                api("PUT", "/api/v1/registry/enterprises/" + other, "{\"name\":\"x\",\"version\":0}"),
                api("POST", "/api/v1/registry/enterprises/" + other + "/parcels", "{\"areaM2\":1}"),
                api("DELETE", "/api/v1/registry/enterprises/" + other + "/parcels/" + otherParcel),
                api("POST", "/api/v1/registry/enterprises/" + other + "/qualifications", "{\"kind\":\"LISTED\"}"),
                api(
                        "PUT",
                        "/api/v1/registry/enterprises/" + other + "/qualifications/" + otherQualification,
                        "{\"kind\":\"LISTED\",\"version\":0}"),
                mvc.post()
                        .uri("/api/v1/registry/enterprises/import")
                        .multipart()
                        .file(RegistryTestSupport.csv("creditCode,name\n" + other + ",夺取\n"))
                        .header(HttpHeaders.AUTHORIZATION, basic(clerk))
                        .exchange());

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.getResponse().getStatus()).isIn(403, 404);
            assertThat(answer.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .doesNotContain(OTHER_NAME);
        });
        assertUntouched();
    }

    @Test
    void shouldAnswerEveryStaffPageWithNotFoundToAnEnterpriseUser() {
        String base = "/registry/enterprises/" + other;
        List<String> pages = List.of(
                "/registry/enterprises",
                "/registry/enterprises?q=" + other,
                "/registry/enterprises/new",
                "/registry/enterprises/export",
                base,
                "/registry/enterprises/" + own,
                base + "/edit",
                base + "/parcels/new",
                base + "/qualifications/new",
                base + "/qualifications/" + otherQualification + "/edit",
                base + "/patents",
                base + "/scale-events/new",
                "/registry/import",
                "/registry/import/template",
                "/registry/settings");
        assertThat(pages).allSatisfy(page -> {
            MvcTestResult answer = mvc.get().uri(page).with(user(clerk())).exchange();
            assertThat(answer).as(page).hasStatus(404);
            assertThat(answer.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .doesNotContain(OTHER_NAME);
        });

        List<String> forms = List.of(
                "/registry/enterprises",
                base,
                base + "/parcels",
                base + "/parcels/" + otherParcel + "/delete",
                base + "/qualifications",
                base + "/qualifications/" + otherQualification,
                base + "/patents",
                base + "/scale-events",
                "/registry/import",
                "/registry/settings",
                "/registry/settings/chains");
        assertThat(forms)
                .allSatisfy(form -> assertThat(mvc.post()
                                .uri(form)
                                .with(user(clerk()))
                                .with(csrf())
                                .param("name", "夺取")
                                .param("creditCode", other)
                                .param("version", "0")
                                .param("areaM2", "1")
                                .param("year", "2024"))
                        .as(form)
                        .hasStatus(404));
        assertUntouched();
    }

    @Test
    void shouldLetAnEnterpriseUserReadItsOwnProfileAndEditOnlyItsContacts() throws Exception {
        MvcTestResult page = mvc.get().uri("/registry/my").with(user(clerk())).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(OWN_NAME)
                .doesNotContain(OTHER_NAME);

        assertThat(mvc.post()
                        .uri("/registry/my")
                        .with(user(clerk()))
                        .with(csrf())
                        .param("address", "园区大道 1 号")
                        .param("contactName", "王会计")
                        .param("contactPhone", "0795-1234567")
                        .param("contactEmail", "wang@example.com")
                        .param("name", "改名企图")
                        .param("scale", "ABOVE")
                        .param("version", "0"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/registry/my")
                .flash()
                .containsKey("flash");

        Enterprise saved = queries.find(zone.id(), own).orElseThrow();
        assertThat(saved.contacts()).isEqualTo(new Contacts("园区大道 1 号", "王会计", "0795-1234567", "wang@example.com"));
        assertThat(saved.name()).isEqualTo(OWN_NAME);
        assertThat(saved.scale()).isEqualTo(Scale.BELOW);

        assertThat(api(
                        "PUT",
                        "/api/v1/registry/enterprises/" + own + "/contacts",
                        "{\"contactName\":\"李出纳\",\"version\":%d}".formatted(saved.version())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.contactName")
                .isEqualTo("李出纳");
    }

    private void assertUntouched() {
        Enterprise untouched = queries.find(zone.id(), other).orElseThrow();
        assertThat(untouched.name()).isEqualTo(OTHER_NAME);
        assertThat(untouched.contactName()).isNull();
        assertThat(untouched.version()).isZero();
        assertThat(untouched.qualifications())
                .singleElement()
                .extracting(Qualification::version)
                .isEqualTo(0);
        assertThat(queries.parcels(zone.id(), untouched.id()))
                .extracting(LandParcel::id)
                .containsExactly(otherParcel);
        assertThat(queries.settings(zone.id()).leadingChain()).isNull();
    }

    private UserDetails clerk() {
        return users.loadUserByUsername(clerk);
    }

    private MvcTestResult api(String method, String uri) {
        return api(method, uri, null);
    }

    private MvcTestResult api(String method, String uri, String json) {
        var request = mvc.method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, basic(clerk));
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return request.exchange();
    }
}
